/// The twelve provinces of the sample, in taxonomy order, with the delivery habits of each.
enum SampleProvinces {
    static let titleHeaders: [Column: String] = [
        .province: "Provincie", .initiativeID: "Initiatief ID", .initiative: "Initiatief", .activity: "Activiteit",
        .archetype: "Type activiteit", .sector: "Sector", .size: "Omvang", .phase: "Fase", .geography: "Geografie",
        .maturity: "Maturiteit", .digitalForm: "Digitaliseringsvorm", .technology: "Technologie",
        .application: "Toepassing", .goal: "Doel", .bottleneck: "Knelpunt", .marketFailure: "Marktfalen",
        .initiator: "Initiatiefnemer", .financier: "Financier", .executor: "Uitvoerder", .reach: "Bereik",
        .goodPractice: "Good practice", .note: "Toelichting", .website: "Website", .contactPerson: "Contactpersoon",
        .email: "E-mail",
    ]

    static let aliasHeaders: [Column: String] = [
        .province: "Provincie", .initiativeID: "ID", .initiative: "Naam initiatief", .activity: "Naam activiteit",
        .archetype: "Type", .sector: "Sectoren", .size: "Bedrijfsomvang", .phase: "Fase", .geography: "Werkgebied",
        .maturity: "Digitale maturiteit", .digitalForm: "Vorm van digitalisering", .technology: "Technologieën",
        .application: "Toepassingen", .goal: "Doelen", .bottleneck: "Knelpunten", .marketFailure: "Marktfalen",
        .initiator: "Initiatiefnemers", .financier: "Financiers", .executor: "Uitvoerders", .reach: "Bereik mkb",
        .goodPractice: "Best practice", .note: "Opmerkingen", .website: "URL", .contactPerson: "Contactpersoon",
        .email: "E-mailadres",
    ]

    static let all: [SampleProvince] = [
        SampleProvince(
            name: "Groningen", code: "GR", region: "Noord-Nederland",
            places: ["Groningen", "Veendam", "Delfzijl", "Winsum", "Stadskanaal", "Hoogezand"],
            authority: "Provincie Groningen", developmentAgency: "NOM",
            schools: ["Hanzehogeschool Groningen", "Rijksuniversiteit Groningen", "Noorderpoort"],
            networks: ["Noorden Digitaal"], municipalities: ["Gemeente Groningen"],
            goodPractice: SampleGoodPractice(
                name: "Digitale Werkplaats Groningen",
                highlights: ["Studenten en docenten lossen concrete digitaliseringsvragen van ondernemers op",
                             "Korte trajecten van tien weken"],
                website: "https://digitalewerkplaats-groningen.example"),
            layout: SampleFileLayout(fileName: "groningen.csv", personalData: true),
            maturityBias: [1.0, 1.5, 0.8, 1.0], highEffortBias: 1.8),
        SampleProvince(
            name: "Friesland", code: "FR", region: "Noord-Nederland",
            places: ["Leeuwarden", "Sneek", "Heerenveen", "Drachten", "Harlingen"],
            authority: "Provincie Fryslân", developmentAgency: "NOM",
            schools: ["NHL Stenden Hogeschool", "Friesland College"],
            networks: ["Innovatiepact Fryslân", "Noorden Digitaal"], municipalities: ["Gemeente Leeuwarden"],
            goodPractice: SampleGoodPractice(
                name: "Innovatiepact Fryslân",
                highlights: ["Duizenden gesprekken met Friese ondernemers", "Verbindt overheid, onderwijs en bedrijven"],
                website: "https://innovatiepact-fryslan.example"),
            layout: SampleFileLayout(fileName: "friesland.csv", encoding: .windows1252, provinceSpelling: "Fryslân",
                                     personalData: true, headerNames: titleHeaders),
            maturityBias: [1.8, 0.9, 0.6, 1.0], highReachBias: 2.2),
        SampleProvince(
            name: "Drenthe", code: "DR", region: "Noord-Nederland",
            places: ["Assen", "Emmen", "Hoogeveen", "Meppel", "Coevorden"],
            authority: "Provincie Drenthe", developmentAgency: "NOM",
            schools: ["Drenthe College", "Hanzehogeschool Groningen"],
            networks: ["Noorden Digitaal"], municipalities: ["Gemeente Assen", "Gemeente Emmen"],
            goodPractice: SampleGoodPractice(
                name: "Ik Ben Drents Ondernemer",
                highlights: ["Eén loket voor alle ondernemersvragen", "Advies en praktische hulp bij digitaliseren"],
                website: "https://ikbendrentsondernemer.example"),
            layout: SampleFileLayout(fileName: "DR.csv", delimiter: ",", encoding: .utf8, lineEnding: "\n",
                                     fillDown: false),
            maturityBias: [1.8, 1.5, 0.5, 0.8], highReachBias: 2.2),
        SampleProvince(
            name: "Overijssel", code: "OV", region: "Oost-Nederland",
            places: ["Zwolle", "Enschede", "Hengelo", "Deventer", "Almelo"],
            authority: "Provincie Overijssel", developmentAgency: "Oost NL",
            schools: ["Saxion Hogeschool", "Universiteit Twente", "Hogeschool Windesheim"],
            networks: ["Novel-T", "Kennispoort Regio Zwolle"], municipalities: ["Gemeente Enschede", "Gemeente Zwolle"],
            goodPractice: SampleGoodPractice(
                name: "Twente Digitaal Versneld",
                highlights: ["Vouchers voor een eerste digitaliseringsproject", "Studenten van Saxion helpen bij de uitvoering"],
                website: "https://twentedigitaalversneld.example"),
            layout: SampleFileLayout(fileName: "regioscan-overijssel-2023.csv", encoding: .windows1252,
                                     provinceSpelling: "Overijssel", personalData: true, extraColumns: ["Status"]),
            maturityBias: [1.6, 0.8, 1.5, 0.7], highEffortBias: 1.8),
        SampleProvince(
            name: "Flevoland", code: "FL", region: "Midden-Nederland",
            places: ["Almere", "Lelystad", "Dronten", "Emmeloord", "Zeewolde"],
            authority: "Provincie Flevoland", developmentAgency: "Horizon Flevoland",
            schools: ["Hogeschool Windesheim", "Aeres Hogeschool"],
            networks: ["MKB-Nederland"], municipalities: ["Gemeente Almere", "Gemeente Lelystad"],
            goodPractice: SampleGoodPractice(
                name: "Digilab",
                highlights: ["Studenten ondersteunen ondernemers bij online marketing, automatisering en data-analyse"],
                website: "https://digilab-flevoland.example"),
            layout: SampleFileLayout(fileName: "flevoland.csv", delimiter: "\t", encoding: .utf8, lineEnding: "\n",
                                     provinceSpelling: "FL", omitted: [.website, .phase]),
            maturityBias: [0.9, 0.8, 0.6, 2.2], highReachBias: 2.2),
        SampleProvince(
            name: "Gelderland", code: "GE", region: "Oost-Nederland",
            places: ["Arnhem", "Nijmegen", "Apeldoorn", "Ede", "Doetinchem", "Wageningen"],
            authority: "Provincie Gelderland", developmentAgency: "Oost NL",
            schools: ["HAN University of Applied Sciences", "Wageningen University & Research"],
            networks: ["Smart Industry"], municipalities: ["Gemeente Arnhem", "Gemeente Nijmegen"],
            goodPractice: SampleGoodPractice(
                name: "Centrum voor Veiligheid en Digitalisering",
                highlights: ["Ongeveer 1.000 deelnemers per jaar aan gezamenlijke LLO-programma's"],
                website: "https://cvend.example"),
            layout: SampleFileLayout(fileName: "gelderland.csv", encoding: .windows1252, separatorLine: true,
                                     provinceSpelling: "GLD", personalData: true),
            maturityBias: [0.8, 0.9, 1.6, 0.8], highEffortBias: 1.8),
        SampleProvince(
            name: "Utrecht", code: "UT", region: "Midden-Nederland",
            places: ["Utrecht", "Amersfoort", "Veenendaal", "Nieuwegein", "Zeist"],
            authority: "Provincie Utrecht", developmentAgency: "ROM Regio Utrecht",
            schools: ["Hogeschool Utrecht", "Universiteit Utrecht"],
            networks: ["Economic Board Utrecht"], municipalities: ["Gemeente Utrecht", "Gemeente Amersfoort"],
            goodPractice: SampleGoodPractice(
                name: "Ondernemer Centraal",
                highlights: ["Ongeveer 4.000 gesprekken over de toekomst van de onderneming", "Eén loket voor ondernemers"],
                website: "https://ondernemercentraal.example"),
            layout: SampleFileLayout(fileName: "utrecht.csv", delimiter: ",", encoding: .utf8, lineEnding: "\n",
                                     provinceSpelling: "Utrecht", fillDown: false, personalData: true),
            maturityBias: [1.6, 0.8, 1.5, 0.7], highEffortBias: 1.8),
        SampleProvince(
            name: "Noord-Holland", code: "NH", region: "West-Nederland",
            places: ["Amsterdam", "Haarlem", "Alkmaar", "Hoorn", "Zaandam", "Den Helder"],
            authority: "Provincie Noord-Holland", developmentAgency: "ROM InWest",
            schools: ["Hogeschool van Amsterdam", "Hogeschool Inholland"],
            networks: ["Amsterdam Economic Board"], municipalities: ["Gemeente Amsterdam", "Gemeente Haarlem"],
            goodPractice: SampleGoodPractice(
                name: "Cyberweerbaar MKB Noord-Holland",
                highlights: ["Gratis cyberscan met advies op maat", "Samen met ondernemersverenigingen georganiseerd"],
                website: "https://cyberweerbaar-nh.example"),
            layout: SampleFileLayout(fileName: "NL-NH.csv"),
            maturityBias: [0.8, 1.5, 1.5, 0.8]),
        SampleProvince(
            name: "Zuid-Holland", code: "ZH", region: "West-Nederland",
            places: ["Rotterdam", "Den Haag", "Delft", "Leiden", "Dordrecht", "Gouda"],
            authority: "Provincie Zuid-Holland", developmentAgency: "InnovationQuarter",
            schools: ["Hogeschool Rotterdam", "De Haagse Hogeschool", "TU Delft"],
            networks: ["Smart Industry"], municipalities: ["Gemeente Rotterdam", "Gemeente Den Haag"],
            goodPractice: SampleGoodPractice(
                name: "Datawerf",
                highlights: ["Datagedreven werken in de maritieme sector", "Samen een concrete businesscase uitwerken"],
                website: "https://datawerf.example"),
            layout: SampleFileLayout(fileName: "zuid-holland.csv", encoding: .windows1252,
                                     provinceSpelling: "Zuid-Holland", sortedByType: true, personalData: true),
            maturityBias: [1.0, 1.0, 1.0, 1.0], highReachBias: 2.2),
        SampleProvince(
            name: "Zeeland", code: "ZE", region: "Zuidwest-Nederland",
            places: ["Middelburg", "Vlissingen", "Goes", "Terneuzen", "Zierikzee"],
            authority: "Provincie Zeeland", developmentAgency: "Impuls Zeeland",
            schools: ["HZ University of Applied Sciences", "Scalda"],
            networks: ["Economische Samenwerking Zeeland"], municipalities: ["Gemeente Middelburg"],
            goodPractice: SampleGoodPractice(
                name: "KicMPi",
                highlights: ["Digitale innovatie in de maakindustrie", "Ongeveer 130 brainstormsessies en bijeenkomsten"],
                website: "https://kicmpi.example"),
            layout: SampleFileLayout(fileName: "zeeland.csv", provinceSpelling: "NL-ZE"),
            maturityBias: [1.0, 1.0, 0.9, 1.0], highEffortBias: 1.8),
        SampleProvince(
            name: "Noord-Brabant", code: "NB", region: "Zuid-Nederland",
            places: ["Eindhoven", "Tilburg", "Breda", "'s-Hertogenbosch", "Helmond", "Oss"],
            authority: "Provincie Noord-Brabant", developmentAgency: "BOM",
            schools: ["Fontys Hogescholen", "Avans Hogeschool", "TU Eindhoven", "JADS"],
            networks: ["Brainport Development"], municipalities: ["Gemeente Eindhoven", "Gemeente Tilburg"],
            goodPractice: SampleGoodPractice(
                name: "JADS MKB Datalab",
                highlights: ["De kennis van een datawetenschapper binnen bereik van het mkb"],
                website: "https://jads-mkb-datalab.example"),
            layout: SampleFileLayout(fileName: "brabant.csv", encoding: .windows1252, provinceSpelling: "Brabant",
                                     personalData: true, headerNames: aliasHeaders, variantRate: 30),
            maturityBias: [1.8, 0.8, 0.8, 0.8]),
        SampleProvince(
            name: "Limburg", code: "LI", region: "Zuid-Nederland",
            places: ["Maastricht", "Venlo", "Heerlen", "Roermond", "Sittard-Geleen"],
            authority: "Provincie Limburg", developmentAgency: "LIOF",
            schools: ["Zuyd Hogeschool", "Universiteit Maastricht"],
            networks: ["Brightlands"], municipalities: ["Gemeente Maastricht", "Gemeente Venlo"],
            goodPractice: SampleGoodPractice(
                name: "Digitaal Doen Limburg",
                highlights: ["Praktijkgerichte workshops per sector", "Doorverwijzing naar vouchers en advies"],
                website: "https://digitaaldoenlimburg.example"),
            layout: SampleFileLayout(fileName: "limburg.csv", delimiter: ",", encoding: .utf8, lineEnding: "\n",
                                     provinceSpelling: "Limburg", fillDown: false, omitted: [.phase],
                                     extraColumns: ["Laatst bijgewerkt"]),
            maturityBias: [0.8, 0.8, 0.7, 2.2]),
    ]

    /// The file that holds the national programmes, with a `provincie` column per row.
    static let nationalLayout = SampleFileLayout(fileName: "landelijke-programmas.csv", provinceSpelling: "")
}
