"""The shop's hub (issue 15): a PostgreSQL database that gathers every till's facts and hands
out the shop's master data. A till sells on its own SQLite whether the hub answers or not."""
