knex
