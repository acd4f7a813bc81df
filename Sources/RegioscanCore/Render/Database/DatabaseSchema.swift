/// The tables, indexes and views of `data/regioscan.sqlite`, documented for users in `docs/database.md`.
/// Change `version` (stored as `PRAGMA user_version`) with every change to the tables or views.
enum DatabaseSchema {
    static let version = 1

    /// Settings that make the file the same byte for byte on every run: a fixed page size, no WAL, and no
    /// journal (the file is new and is thrown away with the staging folder when a run fails). Foreign keys are
    /// not checked while writing: the rows are consistent by construction, the tests run `PRAGMA
    /// foreign_key_check` on the result, and checking every link row took a third of the database's time.
    /// A small page cache (4 MB): the rows go in in key order, and the index sorts spill to temporary files in
    /// runs; a 64 MB cache made the index over 8 million category links twice as slow and held 130 MB.
    static let pragmas = """
        PRAGMA page_size = 16384;
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA encoding = 'UTF-8';
        PRAGMA auto_vacuum = NONE;
        PRAGMA foreign_keys = OFF;
        PRAGMA cache_size = -4096;
        """

    static let tables = """
        CREATE TABLE dimensie (
            nr INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            naam TEXT NOT NULL,
            open INTEGER NOT NULL CHECK (open IN (0, 1)),
            ongespecificeerd TEXT
        );
        CREATE TABLE categoriegroep (
            nr INTEGER PRIMARY KEY,
            dimensie_nr INTEGER NOT NULL REFERENCES dimensie (nr),
            volgorde INTEGER NOT NULL,
            naam TEXT NOT NULL,
            samengevoegd INTEGER NOT NULL CHECK (samengevoegd IN (0, 1)),
            UNIQUE (dimensie_nr, volgorde)
        );
        CREATE TABLE categorie (
            nr INTEGER PRIMARY KEY,
            dimensie_nr INTEGER NOT NULL REFERENCES dimensie (nr),
            volgorde INTEGER NOT NULL,
            label TEXT NOT NULL,
            groep_nr INTEGER REFERENCES categoriegroep (nr),
            uitleg TEXT,
            UNIQUE (dimensie_nr, volgorde)
        );
        CREATE TABLE categoriecode (
            categorie_nr INTEGER NOT NULL REFERENCES categorie (nr),
            volgorde INTEGER NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (categorie_nr, volgorde)
        ) WITHOUT ROWID;
        CREATE TABLE klasse (
            dimensie_nr INTEGER NOT NULL REFERENCES dimensie (nr),
            klasse INTEGER NOT NULL,
            naam TEXT NOT NULL,
            PRIMARY KEY (dimensie_nr, klasse)
        ) WITHOUT ROWID;
        CREATE TABLE categorieklasse (
            categorie_nr INTEGER NOT NULL REFERENCES categorie (nr),
            kenmerk TEXT NOT NULL,
            klasse INTEGER NOT NULL,
            PRIMARY KEY (categorie_nr, kenmerk)
        ) WITHOUT ROWID;
        CREATE TABLE initiatief (
            nr INTEGER PRIMARY KEY,
            initiatief_id TEXT NOT NULL UNIQUE,
            naam TEXT NOT NULL,
            website TEXT NOT NULL
        );
        CREATE TABLE aanbieder (
            nr INTEGER PRIMARY KEY,
            naam TEXT NOT NULL
        );
        CREATE TABLE activiteit (
            nr INTEGER PRIMARY KEY,
            initiatief_nr INTEGER NOT NULL REFERENCES initiatief (nr),
            provincie_nr INTEGER NOT NULL REFERENCES categorie (nr),
            type_nr INTEGER NOT NULL REFERENCES categorie (nr),
            naam TEXT NOT NULL,
            geografie TEXT NOT NULL,
            bereik INTEGER,
            good_practice INTEGER NOT NULL CHECK (good_practice IN (0, 1)),
            toelichting TEXT NOT NULL,
            bron_bestand TEXT NOT NULL,
            bron_regel INTEGER
        );
        CREATE TABLE activiteit_categorie (
            activiteit_nr INTEGER NOT NULL REFERENCES activiteit (nr),
            categorie_nr INTEGER NOT NULL REFERENCES categorie (nr),
            dimensie_nr INTEGER NOT NULL REFERENCES dimensie (nr),
            PRIMARY KEY (activiteit_nr, categorie_nr)
        ) WITHOUT ROWID;
        CREATE TABLE aanbiedersrol (
            initiatief_nr INTEGER NOT NULL REFERENCES initiatief (nr),
            provincie_nr INTEGER NOT NULL REFERENCES categorie (nr),
            aanbieder_nr INTEGER NOT NULL REFERENCES aanbieder (nr),
            rol TEXT NOT NULL CHECK (rol IN ('initiatiefnemer', 'financier', 'uitvoerder')),
            PRIMARY KEY (initiatief_nr, provincie_nr, aanbieder_nr, rol)
        ) WITHOUT ROWID;
        CREATE TABLE figuurrij (
            figuur TEXT NOT NULL,
            volgorde INTEGER NOT NULL,
            provincie TEXT NOT NULL,
            reeks TEXT NOT NULL,
            categorie TEXT NOT NULL,
            waarde,
            PRIMARY KEY (figuur, volgorde)
        ) WITHOUT ROWID;
        CREATE TABLE leerkring (
            nr INTEGER PRIMARY KEY,
            beschrijving TEXT NOT NULL,
            initiatieven INTEGER NOT NULL,
            provincies INTEGER NOT NULL,
            laagste_overeenkomst REAL NOT NULL
        );
        CREATE TABLE leerkring_initiatief (
            leerkring_nr INTEGER NOT NULL REFERENCES leerkring (nr),
            initiatief_nr INTEGER NOT NULL REFERENCES initiatief (nr),
            volgorde INTEGER NOT NULL,
            PRIMARY KEY (leerkring_nr, initiatief_nr)
        ) WITHOUT ROWID;
        CREATE TABLE leerkring_kenmerk (
            leerkring_nr INTEGER NOT NULL REFERENCES leerkring (nr),
            categorie_nr INTEGER NOT NULL REFERENCES categorie (nr),
            PRIMARY KEY (leerkring_nr, categorie_nr)
        ) WITHOUT ROWID;
        """

    /// Created after the rows are in: one sort per index instead of a tree update per row.
    static let indexes = """
        CREATE INDEX categorie_dimensie ON categorie (dimensie_nr);
        CREATE INDEX activiteit_initiatief ON activiteit (initiatief_nr);
        CREATE INDEX activiteit_provincie ON activiteit (provincie_nr);
        CREATE INDEX activiteit_type ON activiteit (type_nr);
        CREATE INDEX activiteit_categorie_categorie ON activiteit_categorie (categorie_nr);
        CREATE INDEX aanbiedersrol_aanbieder ON aanbiedersrol (aanbieder_nr);
        CREATE INDEX aanbiedersrol_provincie ON aanbiedersrol (provincie_nr);
        CREATE INDEX leerkring_initiatief_initiatief ON leerkring_initiatief (initiatief_nr);
        """

    static let views = """
        CREATE VIEW activiteiten_per_provincie_en_type AS
            SELECT p.label AS provincie, t.label AS type_activiteit, COUNT(*) AS activiteiten
            FROM activiteit a
            JOIN categorie p ON p.nr = a.provincie_nr
            JOIN categorie t ON t.nr = a.type_nr
            GROUP BY p.volgorde, t.volgorde
            ORDER BY p.volgorde, t.volgorde;
        CREATE VIEW bereik_per_provincie AS
            SELECT p.label AS provincie, COUNT(*) AS activiteiten, COUNT(a.bereik) AS activiteiten_met_bereik,
                   COALESCE(SUM(a.bereik), 0) AS bereik
            FROM activiteit a
            JOIN categorie p ON p.nr = a.provincie_nr
            GROUP BY p.volgorde
            ORDER BY p.volgorde;
        CREATE VIEW activiteit_overzicht AS
            SELECT a.nr, p.label AS provincie, i.initiatief_id, i.naam AS initiatief, a.naam AS activiteit,
                   t.label AS type_activiteit, a.bereik, a.good_practice, i.website
            FROM activiteit a
            JOIN initiatief i ON i.nr = a.initiatief_nr
            JOIN categorie p ON p.nr = a.provincie_nr
            JOIN categorie t ON t.nr = a.type_nr;
        """
}
