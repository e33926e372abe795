-- +goose Up
-- +goose StatementBegin
WITH x;
SELECT x;
















SELECT x;









SELECT x;










SELECT x;

SELECT x;

SELECT x;


SELECT x;







UPDATE x;
SET x;


-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
-- +goose StatementEnd
