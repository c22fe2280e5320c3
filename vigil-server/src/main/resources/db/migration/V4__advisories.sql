-- Vulnerability advisories imported with `vigil advisories import` (OSV records, as Vigil reads them).
CREATE TABLE advisories (
  id          VARCHAR(200) PRIMARY KEY,
  modified    VARCHAR(50) NOT NULL,
  record      TEXT NOT NULL,
  imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
