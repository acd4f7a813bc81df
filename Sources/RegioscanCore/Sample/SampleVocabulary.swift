/// The words of the sample: how deliveries name categories (canonical label first, then the variants real
/// sheets contain), activity and initiative names, and national providers.
enum SampleVocabulary {
    /// Archetypes in taxonomy order: spellings, then activity names of that type.
    static let archetypes: [(spellings: [String], activities: [String])] = [
        (["Signaleren", "1", "signalering"],
         ["Bedrijfsbezoeken en vraagverkenning", "Ondernemersgesprekken digitalisering", "Toekomstgesprekken",
          "Accountmanagement mkb", "Digitaliseringsgesprek op locatie", "Belronde langs ondernemers",
          "Intake digitaliseringsvraag", "Spreekuur ondernemersloket", "Signaleringsronde bedrijventerreinen",
          "Keukentafelgesprekken", "Klantreisinterviews", "Vraagverkenning per sector", "Bedrijfsbezoeken"]),
        (["Netwerken & coördineren", "2", "Netwerken en coördineren", "netwerken"],
         ["Netwerkbijeenkomst digitalisering", "Regiotafel digitalisering", "Ecosysteemoverleg",
          "Community van koplopers", "Ketenoverleg mkb-dienstverlening", "Doorverwijsnetwerk",
          "Partnerbijeenkomst", "Matchmaking met IT-leveranciers", "Programmabureau", "Kwartiermaker digitalisering",
          "Ondernemerscafé", "Lerend netwerk data", "Cybercommunity", "Smart Industry-netwerk"]),
        (["Gezamenlijke faciliteiten", "3", "Fieldlab"],
         ["Fieldlab slimme productie", "Demonstratieruimte robotica", "Makerspace", "Proeftuin 5G",
          "Testomgeving IoT", "Werkplekken datalab", "Experience center", "Cyber range", "Gedeelde 3D-printfaciliteit",
          "Innovatiewerkplaats", "Living lab", "Showroom slimme technologie", "Open werkplaats"]),
        (["Werken met studenten", "4", "Studentprojecten"],
         ["Studententeam webshop", "Afstudeeropdrachten mkb", "Studentenconsultancy", "Praktijkopdracht data-analyse",
          "Hackathon met ondernemers", "Minor in de praktijk", "Stages digitalisering", "Werkplaatstraject",
          "Studentenproject online marketing", "Challenge-based learning", "Studentenpool automatisering",
          "Studentenadvies cybersecurity", "Praktijkteam robotica"]),
        (["Onderwijs voor studenten", "5"],
         ["Minor data science", "Keuzedeel cybersecurity", "Leerlijn smart industry", "Mbo-opleiding IT-support",
          "Praktijkleerroute", "Module digitale marketing", "Bootcamp programmeren", "Honourstraject AI",
          "Leerlijn data-analyse", "Keuzevak IoT", "Opleiding mechatronica", "Module cloud"]),
        (["Onderwijs voor professionals", "6", "LLO", "Scholing"],
         ["Leergang digitaal leiderschap", "Cursus datagedreven werken", "Omscholingstraject IT",
          "Masterclassreeks AI", "LLO-module cybersecurity", "E-learning digitale vaardigheden",
          "Opleiding smart maintenance", "Leiderschapsprogramma digitalisering", "Certificaat IoT",
          "Training procesautomatisering", "Leergang e-commerce", "Bijscholing robotica"]),
        (["Advisering/consultancy", "7", "Advisering", "Consultancy"],
         ["Adviestraject digitale strategie", "Expertadvies cybersecurity", "Digitaliseringscoach",
          "Implementatiebegeleiding ERP", "Advies datagebruik", "Sparringsessie met expert", "Roadmap digitalisering",
          "Procesadvies automatisering", "Adviesuren e-commerce", "Begeleiding Industrie 4.0",
          "Adviestraject AI", "Coaching online zichtbaarheid", "Advies cloudgebruik"]),
        (["Subsidies & financiering", "8", "Subsidies en financiering", "Voucher"],
         ["Voucherregeling digitalisering", "MIT-haalbaarheidsproject", "Innovatiekrediet", "Digitaliseringsvoucher",
          "Cofinanciering pilotprojecten", "Investeringsfonds mkb", "Lening digitale innovatie",
          "Subsidie cyberweerbaarheid", "Kennisvoucher", "Regeling smart industry", "Fonds datagedreven innovatie",
          "Voucher advies op maat"]),
        (["Workshops & kennisevents", "9", "Workshops", "Workshops en kennisevents", "Masterclass"],
         ["Workshop AI in de praktijk", "Masterclass cybersecurity", "Inspiratiesessie data",
          "Kennisevent Smart Industry", "Webinarreeks online verkopen", "Praktijkdag robotica",
          "Lunchsessie digitaal ondernemen", "Digitaliseringscongres", "Workshop procesautomatisering",
          "Ontbijtsessie cyberveiligheid", "Themabijeenkomst IoT", "Workshop sociale media",
          "Hands-on sessie low-code", "Seminar data delen"]),
        (["Onderzoek & ontwikkeling", "10", "O&O", "R&D"],
         ["Praktijkgericht onderzoek datagebruik", "Lectoraatsproject smart manufacturing", "R&D-samenwerking AI",
          "Onderzoek digitale volwassenheid", "Pilot digitale tweeling", "Proof of concept sensoring",
          "Haalbaarheidsonderzoek", "Innovatieproject sensoring", "Onderzoek cyberweerbaarheid",
          "Pilot datadelen in de keten", "Onderzoek robotisering", "Toegepast onderzoek AI"]),
        (["Scans & assessments", "11", "Quickscan", "Scans en assessments"],
         ["Quickscan digitale volwassenheid", "Cyberscan", "Zelfscan Industrie 4.0", "Datavolwassenheidsscan",
          "Digitaliseringsscan", "Smart Industry-scan", "E-commercecheck", "AI-readinessscan",
          "Scan online vindbaarheid", "Cloudscan", "Privacycheck", "Automatiseringsscan"]),
        (["Kennisplatform", "12", "Kennisbank"],
         ["Kennisbank digitalisering", "Platform met praktijkvoorbeelden", "Nieuwsbrief digitaal ondernemen",
          "Podcastreeks", "Website met toolkit", "Ecosysteemkaart", "Communityplatform", "Videoreeks",
          "Online leeromgeving", "Kennisdossiers"]),
    ]

    static let initiativePatterns = [
        "Digitale Werkplaats %@", "MKB Digitaal %@", "Datalab %@", "Cyberweerbaar %@", "Fieldlab %@",
        "Ondernemershuis %@", "Innovatiecentrum %@", "Digitaal Doen %@", "Smart Industry Hub %@",
        "Kennisnetwerk ICT %@", "Leerwerkplaats %@", "AI Hub %@", "Webshop Academy %@", "Techniekpact %@",
        "Digitale Zaak %@", "Smart Services %@", "Data Value Center %@", "Versnellingsprogramma %@",
        "Ondernemersloket %@", "Regiodeal Digitalisering %@", "Robotica Netwerk %@", "Praktijkcentrum %@",
    ]

    /// Sections in taxonomy order (A–U): spellings, and a weight for how often activities target them.
    static let sectors: [(spellings: [String], weight: Double)] = [
        (["A", "Landbouw, bosbouw en visserij", "A Landbouw, bosbouw en visserij", "Agrifood", "Landbouw"], 6),
        (["B", "Delfstoffenwinning"], 0.2), (["C", "Industrie", "C Industrie", "Maakindustrie"], 26),
        (["D", "Energievoorziening", "Energie"], 1.5), (["E", "Waterbedrijven en afvalbeheer"], 0.5),
        (["F", "Bouwnijverheid", "Bouw", "F Bouwnijverheid"], 4), (["G", "Handel", "G Handel", "Retail"], 4),
        (["H", "Vervoer en opslag", "Logistiek"], 4), (["I", "Horeca"], 3),
        (["J", "Informatie en communicatie", "ICT", "J Informatie en communicatie"], 12),
        (["K", "Financiële dienstverlening"], 0.6), (["L", "Verhuur en handel van onroerend goed"], 0.3),
        (["M", "Specialistische zakelijke diensten", "Zakelijke dienstverlening"], 3),
        (["N", "Verhuur en overige zakelijke diensten"], 0.8), (["O", "Openbaar bestuur en overheidsdiensten"], 0.4),
        (["P", "Onderwijs"], 1), (["Q", "Gezondheids- en welzijnszorg", "Zorg"], 3),
        (["R", "Cultuur, sport en recreatie", "Recreatie"], 2), (["S", "Overige dienstverlening"], 0.6),
        (["T", "Huishoudens"], 0), (["U", "Extraterritoriale organisaties"], 0),
    ]
    static let notSectorSpecific = ["", "", "", "Alle sectoren", "Niet sector-specifiek", "alle sectoren"]

    static let sizes: [(spellings: [String], weight: Double)] = [
        (["Micro", "micro", "1-10"], 4), (["Klein", "klein", "10-50"], 5), (["Middelgroot", "middelgroot", "50-250"], 3),
    ]
    static let phases: [(spellings: [String], weight: Double)] = [
        (["Starter", "starters"], 3), (["Scale-up", "scale-up", "scaleup"], 2), (["Overig", "overig"], 4),
    ]
    static let maturities: [[String]] = [["Laag", "laag"], ["Middel", "middel", "gemiddeld"], ["Hoog", "hoog"]]
    static let unspecifiedMaturity = ["", "", "Ongespecificeerd"]

    static let digitalForms: [(spellings: [String], weight: Double)] = [
        (["Harde infrastructuur"], 2), (["Zachte infrastructuur", "zachte infrastructuur"], 8),
        (["Data", "data"], 11), (["Intelligentie"], 5), (["Diensten"], 5), (["Interface"], 2),
    ]
    static let unspecifiedDigitalForm = ["", "", "Niet specifiek"]

    /// Bottlenecks K0–K10 and Overig: spellings and weights (Weten, Willen and Kunnen about equal).
    static let bottlenecks: [(spellings: [String], weight: Double)] = [
        (["K0", "Probleemsignalering en vraagarticulatie", "0"], 16),
        (["K1", "Niet zelf bedacht wat de kansen zijn", "1"], 12), (["K2", "2", "Niet (succesvol) mee in aanraking gekomen"], 10),
        (["K3", "Te weinig voordelen / (gepercipieerde) meerwaarde", "3"], 13), (["K4", "4"], 8),
        (["K5", "Technologische belemmeringen", "5"], 2.5), (["K6", "Gebrek aan interne kennis en kunde", "6"], 9),
        (["K7", "Gebrek aan toegang tot externe kennis en kunde", "7"], 7), (["K8", "8", "Ontoereikende financieringsmogelijkheden"], 2.5),
        (["K9", "9"], 0.6), (["K10", "Gebrek aan coördinatie in het ecosysteem", "10"], 2),
        (["Overig"], 0.8),
    ]

    /// Market failures 1–7: spellings, and affinity per archetype (taxonomy order) so that the failure fits
    /// the activity (information gaps for workshops and scans, coordination for networks).
    static let marketFailures: [(spellings: [String], affinity: [Double])] = [
        (["Informatiegebreken", "1", "informatiegebreken", "1. Informatiegebreken"],
         [3, 1, 1, 1.5, 1, 1.5, 2, 0.8, 3, 0.6, 3, 3]),
        (["Informatie-asymmetrie", "2", "Informatieasymmetrie"], [1, 0.8, 0.6, 1, 0.5, 0.8, 2, 3, 1, 1, 1.5, 1]),
        (["Coördinatiegebreken", "3", "Coördinatiefalen"], [1, 3, 2.5, 1.5, 1, 0.8, 0.7, 1, 0.8, 1.5, 0.6, 1.5]),
        (["Marktmacht", "4"], [0.3, 1, 1, 0.5, 0.5, 0.5, 1, 1.5, 0.5, 1, 0.5, 0.5]),
        (["Externaliteiten", "5", "externaliteiten"], [0.3, 0.8, 2, 1.5, 2.5, 2, 0.5, 1.5, 0.5, 3, 0.3, 0.8]),
        (["Publieke goederen", "6"], [0.3, 1, 2, 0.5, 1, 0.5, 0.3, 0.5, 0.5, 1.5, 0.5, 2]),
        (["Overheidsfalen", "7"], [0.5, 2, 0.5, 0.5, 0.5, 0.5, 0.5, 1.5, 0.5, 0.5, 0.5, 1]),
    ]

    static let technologies: [(spellings: [String], weight: Double)] = [
        (["Data analytics", "Data-analyse", "Big data"], 14), (["AI", "Kunstmatige intelligentie", "Artificial Intelligence"], 12),
        (["IoT & sensoring", "IoT", "Sensoren"], 10), (["Robotics", "Robotica", "Robotisering"], 9),
        (["Cloud", "Cloud computing"], 5), (["5G"], 2), (["3D-printing", "3D printen"], 3), (["VR/AR", "Virtual reality"], 3),
        (["Blockchain"], 1), (["Digital twin", "Digitale tweeling"], 2), (["ERP-systemen", "ERP"], 2), (["Drones"], 1),
        (["Apps & software", "Software"], 4),
    ]
    static let applications: [(spellings: [String], weight: Double)] = [
        (["Smart Industry", "Industrie 4.0", "Smart industrie"], 16), (["Smart systems & engineering", "Smart systems"], 10),
        (["Managen en delen van data", "Datadelen", "Data delen"], 10), (["Online marketing & sales", "E-commerce", "Online marketing"], 8),
        (["Smart farming", "Precisielandbouw"], 4), (["Businessmodelinnovatie met platforms", "Businessmodelinnovatie"], 3),
        (["Procesautomatisering", "Automatisering"], 6), (["Predictive maintenance", "Voorspellend onderhoud"], 3),
        (["Smart logistics"], 2), (["Datagedreven werken", "Datagedreven ondernemen"], 6), (["Digitale administratie"], 2),
        (["Hybride werken", "Thuiswerken"], 1.5),
    ]
    static let goals: [(spellings: [String], weight: Double)] = [
        (["Productiviteit", "productiviteit", "Efficiëntie"], 16), (["Cybersecurity", "Cyberveiligheid", "Digitale veiligheid"], 13),
        (["Duurzaamheid", "Verduurzaming"], 6), (["Circulariteit", "Circulaire economie"], 3), (["Innovatie"], 7),
        (["Talent & arbeidsmarkt", "Arbeidsmarkt"], 4), (["Omzetgroei", "Groei"], 4), (["Digitale vaardigheden"], 5),
        (["Digitale soevereiniteit"], 1), (["Positieve gezondheid"], 1),
    ]
    /// Values no alias list knows yet: a real delivery has a few, and they show the "nieuw label" warning.
    static let newTechnologies = ["Low-code", "Quantumcomputing"]

    /// National providers: spellings, with how often they take part (percent of initiatives) per role.
    static let ministry = ["Ministerie van Economische Zaken en Klimaat", "EZK", "Min. EZK", "Ministerie van EZK"]
    static let bank = ["Rabobank", "Rabobank", "Lokale Rabobank", "Rabo"]
    static let chamber = ["Kamer van Koophandel", "KvK"]
    static let rvo = ["Rijksdienst voor Ondernemend Nederland", "RVO"]
    static let erdf = ["Europees Fonds voor Regionale Ontwikkeling", "EFRO"]
    static let talentPlatform = ["Platform Talent voor Technologie", "PTvT"]
    static let smeAssociation = ["MKB-Nederland", "MKB Nederland"]
    static let trustCenter = ["Digital Trust Center", "DTC"]
    static let tno = ["TNO"]

    static let contactFirstNames = ["Anouk", "Bram", "Chantal", "Daan", "Esther", "Frank", "Gerda", "Hans", "Ilse",
                                    "Jeroen", "Karin", "Lars", "Marieke", "Niels", "Olga", "Pieter", "Renske", "Sander",
                                    "Tessa", "Wouter"]
    static let contactLastNames = ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                                   "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker"]

    /// The national programmes: scanned in several provinces, delivered in one file with a province per row.
    static let nationalProgrammes: [(name: String, provinces: [Int], website: String)] = [
        ("Digitale Werkplaatsen MKB", [0, 5, 8, 10], "https://digitalewerkplaatsen.example"),
        ("Cyberweerbaar MKB Nederland", [1, 6, 11], "https://cyberweerbaar-mkb.example"),
    ]
}
