"""The shop's hub: one PostgreSQL database for every till of a shop (and for several shops).

Its schema is the till's (db/migrations) plus a hub layer (db/hub/migrations): each row's
shop, the catalog's change numbers, the stock as the sum of the movements, and row-level
security so a till's own role reads its shop and writes only what it may."""
