-- The merchant's own data on an order (internal API `metadata`): at most 20 string keys and values, as one JSON
-- object text, keys in ascending order ('{}' when none was given, so every order has some). Checked by the domain
-- (Metadata: key pattern and lengths, no card number) before it gets here; the column only bounds the text. 20 keys
-- of 40 characters and values of 500, escaped, stay far below the bound.
ALTER TABLE orders ADD COLUMN metadata VARCHAR(65536) DEFAULT '{}' NOT NULL;

-- GET /api/v1/orders?updatedSince=...: what changed since a reader last looked
CREATE INDEX ix_orders_updated_at ON orders (updated_at);
