INSERT INTO users (id, email) VALUES (1, 'demo@example.org');
INSERT INTO projects (id, owner_id, name) VALUES (1, 1, 'Demo project');
