/**
 * Fixed vocabularies of the synthetic datasets: the 193 UN member states, organizations, name
 * parts, sectors, topics, Kazakh cities for deal sites. Plain data, no randomness: the generator
 * (generate.ts) draws from these with a seeded PRNG.
 */

/** The 193 UN member states: ISO 3166-1 alpha-3 code and the short name news copy uses. */
export const UN_MEMBERS: readonly (readonly [code: string, name: string])[] = [
  ['AFG', 'Afghanistan'], ['ALB', 'Albania'], ['DZA', 'Algeria'], ['AND', 'Andorra'], ['AGO', 'Angola'],
  ['ATG', 'Antigua and Barbuda'], ['ARG', 'Argentina'], ['ARM', 'Armenia'], ['AUS', 'Australia'], ['AUT', 'Austria'],
  ['AZE', 'Azerbaijan'], ['BHS', 'Bahamas'], ['BHR', 'Bahrain'], ['BGD', 'Bangladesh'], ['BRB', 'Barbados'],
  ['BLR', 'Belarus'], ['BEL', 'Belgium'], ['BLZ', 'Belize'], ['BEN', 'Benin'], ['BTN', 'Bhutan'],
  ['BOL', 'Bolivia'], ['BIH', 'Bosnia and Herzegovina'], ['BWA', 'Botswana'], ['BRA', 'Brazil'], ['BRN', 'Brunei'],
  ['BGR', 'Bulgaria'], ['BFA', 'Burkina Faso'], ['BDI', 'Burundi'], ['CPV', 'Cabo Verde'], ['KHM', 'Cambodia'],
  ['CMR', 'Cameroon'], ['CAN', 'Canada'], ['CAF', 'Central African Republic'], ['TCD', 'Chad'], ['CHL', 'Chile'],
  ['CHN', 'China'], ['COL', 'Colombia'], ['COM', 'Comoros'], ['COG', 'Congo'], ['CRI', 'Costa Rica'],
  ['CIV', "Côte d'Ivoire"], ['HRV', 'Croatia'], ['CUB', 'Cuba'], ['CYP', 'Cyprus'], ['CZE', 'Czechia'],
  ['PRK', 'North Korea'], ['COD', 'DR Congo'], ['DNK', 'Denmark'], ['DJI', 'Djibouti'], ['DMA', 'Dominica'],
  ['DOM', 'Dominican Republic'], ['ECU', 'Ecuador'], ['EGY', 'Egypt'], ['SLV', 'El Salvador'], ['GNQ', 'Equatorial Guinea'],
  ['ERI', 'Eritrea'], ['EST', 'Estonia'], ['SWZ', 'Eswatini'], ['ETH', 'Ethiopia'], ['FJI', 'Fiji'],
  ['FIN', 'Finland'], ['FRA', 'France'], ['GAB', 'Gabon'], ['GMB', 'Gambia'], ['GEO', 'Georgia'],
  ['DEU', 'Germany'], ['GHA', 'Ghana'], ['GRC', 'Greece'], ['GRD', 'Grenada'], ['GTM', 'Guatemala'],
  ['GIN', 'Guinea'], ['GNB', 'Guinea-Bissau'], ['GUY', 'Guyana'], ['HTI', 'Haiti'], ['HND', 'Honduras'],
  ['HUN', 'Hungary'], ['ISL', 'Iceland'], ['IND', 'India'], ['IDN', 'Indonesia'], ['IRN', 'Iran'],
  ['IRQ', 'Iraq'], ['IRL', 'Ireland'], ['ISR', 'Israel'], ['ITA', 'Italy'], ['JAM', 'Jamaica'],
  ['JPN', 'Japan'], ['JOR', 'Jordan'], ['KAZ', 'Kazakhstan'], ['KEN', 'Kenya'], ['KIR', 'Kiribati'],
  ['KWT', 'Kuwait'], ['KGZ', 'Kyrgyzstan'], ['LAO', 'Laos'], ['LVA', 'Latvia'], ['LBN', 'Lebanon'],
  ['LSO', 'Lesotho'], ['LBR', 'Liberia'], ['LBY', 'Libya'], ['LIE', 'Liechtenstein'], ['LTU', 'Lithuania'],
  ['LUX', 'Luxembourg'], ['MDG', 'Madagascar'], ['MWI', 'Malawi'], ['MYS', 'Malaysia'], ['MDV', 'Maldives'],
  ['MLI', 'Mali'], ['MLT', 'Malta'], ['MHL', 'Marshall Islands'], ['MRT', 'Mauritania'], ['MUS', 'Mauritius'],
  ['MEX', 'Mexico'], ['FSM', 'Micronesia'], ['MCO', 'Monaco'], ['MNG', 'Mongolia'], ['MNE', 'Montenegro'],
  ['MAR', 'Morocco'], ['MOZ', 'Mozambique'], ['MMR', 'Myanmar'], ['NAM', 'Namibia'], ['NRU', 'Nauru'],
  ['NPL', 'Nepal'], ['NLD', 'Netherlands'], ['NZL', 'New Zealand'], ['NIC', 'Nicaragua'], ['NER', 'Niger'],
  ['NGA', 'Nigeria'], ['MKD', 'North Macedonia'], ['NOR', 'Norway'], ['OMN', 'Oman'], ['PAK', 'Pakistan'],
  ['PLW', 'Palau'], ['PAN', 'Panama'], ['PNG', 'Papua New Guinea'], ['PRY', 'Paraguay'], ['PER', 'Peru'],
  ['PHL', 'Philippines'], ['POL', 'Poland'], ['PRT', 'Portugal'], ['QAT', 'Qatar'], ['KOR', 'South Korea'],
  ['MDA', 'Moldova'], ['ROU', 'Romania'], ['RUS', 'Russia'], ['RWA', 'Rwanda'], ['KNA', 'Saint Kitts and Nevis'],
  ['LCA', 'Saint Lucia'], ['VCT', 'Saint Vincent and the Grenadines'], ['WSM', 'Samoa'], ['SMR', 'San Marino'],
  ['STP', 'Sao Tome and Principe'], ['SAU', 'Saudi Arabia'], ['SEN', 'Senegal'], ['SRB', 'Serbia'], ['SYC', 'Seychelles'],
  ['SLE', 'Sierra Leone'], ['SGP', 'Singapore'], ['SVK', 'Slovakia'], ['SVN', 'Slovenia'], ['SLB', 'Solomon Islands'],
  ['SOM', 'Somalia'], ['ZAF', 'South Africa'], ['SSD', 'South Sudan'], ['ESP', 'Spain'], ['LKA', 'Sri Lanka'],
  ['SDN', 'Sudan'], ['SUR', 'Suriname'], ['SWE', 'Sweden'], ['CHE', 'Switzerland'], ['SYR', 'Syria'],
  ['TJK', 'Tajikistan'], ['THA', 'Thailand'], ['TLS', 'Timor-Leste'], ['TGO', 'Togo'], ['TON', 'Tonga'],
  ['TTO', 'Trinidad and Tobago'], ['TUN', 'Tunisia'], ['TUR', 'Türkiye'], ['TKM', 'Turkmenistan'], ['TUV', 'Tuvalu'],
  ['UGA', 'Uganda'], ['UKR', 'Ukraine'], ['ARE', 'United Arab Emirates'], ['GBR', 'United Kingdom'], ['TZA', 'Tanzania'],
  ['USA', 'United States'], ['URY', 'Uruguay'], ['UZB', 'Uzbekistan'], ['VUT', 'Vanuatu'], ['VEN', 'Venezuela'],
  ['VNM', 'Vietnam'], ['YEM', 'Yemen'], ['ZMB', 'Zambia'], ['ZWE', 'Zimbabwe'],
];

/**
 * Counterparts a Kazakh delegation meets most, most frequent first. They head the Zipf ranking;
 * every other member state follows in a seeded random order (the long tail).
 */
export const FREQUENT_COUNTERPARTS = [
  'RUS', 'CHN', 'USA', 'TUR', 'UZB', 'DEU', 'KGZ', 'FRA', 'GBR', 'KOR', 'JPN', 'ARE', 'ITA', 'IND', 'AZE',
  'TJK', 'TKM', 'QAT', 'SAU', 'HUN', 'POL', 'IRN', 'PAK', 'ESP', 'CHE',
];

/** Where companies have their headquarters, most frequent first (Zipf-ranked like the counterparts). */
export const COMPANY_COUNTRIES = [
  'USA', 'CHN', 'DEU', 'KAZ', 'GBR', 'FRA', 'JPN', 'KOR', 'RUS', 'TUR', 'ARE', 'ITA', 'NLD', 'CHE', 'CAN',
  'IND', 'SAU', 'QAT', 'ESP', 'SWE', 'AUS', 'SGP', 'AUT', 'UZB', 'POL', 'BEL', 'NOR', 'FIN', 'DNK', 'CZE',
  'HUN', 'ISR', 'MYS', 'BRA', 'AZE',
];

/** Organizations; `country` is the headquarters, left out for bodies the map cannot place. */
export const ORGANIZATIONS: readonly { id: string; name: string; country?: string; head: string }[] = [
  { id: 'un', name: 'United Nations', head: 'Secretary-General' },
  { id: 'fifa', name: 'FIFA', head: 'President' },
  { id: 'ioc', name: 'International Olympic Committee', head: 'President' },
  { id: 'unga-presidency', name: 'Office of the President of the General Assembly', head: 'President of the General Assembly' },
  { id: 'icrc', name: 'International Committee of the Red Cross', head: 'President' },
  { id: 'world-bank', name: 'World Bank Group', country: 'USA', head: 'President' },
  { id: 'imf', name: 'International Monetary Fund', country: 'USA', head: 'Managing Director' },
  { id: 'ebrd', name: 'European Bank for Reconstruction and Development', country: 'GBR', head: 'President' },
  { id: 'adb', name: 'Asian Development Bank', country: 'PHL', head: 'President' },
  { id: 'aiib', name: 'Asian Infrastructure Investment Bank', country: 'CHN', head: 'President' },
  { id: 'isdb', name: 'Islamic Development Bank', country: 'SAU', head: 'Chairman' },
  { id: 'who', name: 'World Health Organization', country: 'CHE', head: 'Director-General' },
  { id: 'iaea', name: 'International Atomic Energy Agency', country: 'AUT', head: 'Director General' },
  { id: 'unicef', name: 'UNICEF', country: 'USA', head: 'Executive Director' },
  { id: 'undp', name: 'UN Development Programme', country: 'USA', head: 'Administrator' },
  { id: 'unesco', name: 'UNESCO', country: 'FRA', head: 'Director-General' },
  { id: 'wfp', name: 'World Food Programme', country: 'ITA', head: 'Executive Director' },
  { id: 'osce', name: 'OSCE', country: 'AUT', head: 'Secretary General' },
  { id: 'sco', name: 'Shanghai Cooperation Organisation', country: 'CHN', head: 'Secretary-General' },
  { id: 'oic', name: 'Organisation of Islamic Cooperation', country: 'SAU', head: 'Secretary-General' },
  { id: 'ots', name: 'Organization of Turkic States', country: 'TUR', head: 'Secretary General' },
  { id: 'cica', name: 'Conference on Interaction and Confidence-Building Measures in Asia', country: 'KAZ', head: 'Executive Director' },
  { id: 'eu', name: 'European Union', country: 'BEL', head: 'President of the European Council' },
  { id: 'nato', name: 'NATO', country: 'BEL', head: 'Secretary General' },
  { id: 'wef', name: 'World Economic Forum', country: 'CHE', head: 'President' },
  { id: 'gates-foundation', name: 'Bill & Melinda Gates Foundation', country: 'USA', head: 'CEO' },
];

export const SECTORS = [
  'energy', 'oil & gas', 'mining', 'metallurgy', 'transport & logistics', 'digital & fintech', 'agriculture',
  'chemicals', 'healthcare', 'construction', 'finance', 'education', 'telecommunications', 'renewables', 'water',
] as const;

export const TOPICS = [
  'trade', 'investment', 'energy', 'transit', 'transport', 'digitalization', 'agriculture', 'food security',
  'climate', 'water resources', 'regional security', 'afghanistan', 'nuclear disarmament', 'critical minerals',
  'education', 'healthcare', 'tourism', 'culture', 'visa regime', 'aviation', 'space', 'artificial intelligence',
  'green hydrogen', 'middle corridor', 'un reform', 'sustainable development', 'humanitarian aid',
  'counter-terrorism', 'migration', 'sport',
];

/** First halves of company names; the generator combines them with an industry word and a legal form. */
export const COMPANY_STEMS = [
  'Northwind', 'Caspian', 'Altai', 'Meridian', 'Summit', 'Bluestone', 'Sterling', 'Polaris', 'Evergreen', 'Ironbridge',
  'Silverline', 'Redwood', 'Horizon', 'Atlas', 'Pioneer', 'Crescent', 'Granite', 'Harbor', 'Keystone', 'Lakeshore',
  'Orion', 'Pinnacle', 'Quantum', 'Riverside', 'Sapphire', 'Titan', 'Vanguard', 'Westfield', 'Zenith', 'Aurora',
  'Beacon', 'Cobalt', 'Delta', 'Eastgate', 'Falcon', 'Golden Steppe', 'Highland', 'Jade', 'Kestrel', 'Lumen',
  'Monarch', 'Nova', 'Oakridge', 'Prairie', 'Rockford', 'Solaris', 'Tundra', 'Unity', 'Vertex', 'Windward',
  'Amber', 'Boreal', 'Cedar', 'Dune', 'Ember', 'Fjord', 'Glacier', 'Helix', 'Indigo', 'Juniper',
  'Koktem', 'Lotus', 'Mesa', 'Nimbus', 'Onyx', 'Pamir', 'Quarry', 'Sable', 'Tengri', 'Ural',
];
export const COMPANY_INDUSTRIES = [
  'Energy', 'Mining', 'Metals', 'Logistics', 'Rail', 'Capital', 'Digital', 'Agro', 'Chemicals', 'Health',
  'Construction', 'Telecom', 'Power', 'Resources', 'Technologies', 'Pharma', 'Motors', 'Aerospace', 'Water', 'Solar',
];
export const COMPANY_FORMS = ['', ' Group', ' Holdings', ' Corporation', ' Inc.', ' AG', ' plc', ' LLC', ' SA', ' Co.'];

/** Sector a company's industry word suggests, so a "Mining" company mostly signs mining deals. */
export const INDUSTRY_SECTOR: Record<string, (typeof SECTORS)[number]> = {
  Energy: 'energy', Mining: 'mining', Metals: 'metallurgy', Logistics: 'transport & logistics',
  Rail: 'transport & logistics', Capital: 'finance', Digital: 'digital & fintech', Agro: 'agriculture',
  Chemicals: 'chemicals', Health: 'healthcare', Construction: 'construction', Telecom: 'telecommunications',
  Power: 'energy', Resources: 'oil & gas', Technologies: 'digital & fintech', Pharma: 'healthcare',
  Motors: 'transport & logistics', Aerospace: 'transport & logistics', Water: 'water', Solar: 'renewables',
};

export const FIRST_NAMES = [
  'Alexander', 'Maria', 'James', 'Aigerim', 'Mehmet', 'Li', 'Hans', 'Sophie', 'Kenji', 'Min-jun', 'Ahmed', 'Fatima',
  'Carlos', 'Elena', 'Rahul', 'Anna', 'Olivier', 'Yuki', 'Daniel', 'Nurlan', 'Sarah', 'Wei', 'Giulia', 'Pedro',
  'Amina', 'Lars', 'Ingrid', 'Tomasz', 'Ivan', 'Leila', 'David', 'Chen', 'Isabel', 'Omar', 'Emma', 'Bakhyt',
  'Javier', 'Hye-jin', 'Mikhail', 'Aisha', 'Pierre', 'Katarzyna', 'Jonas', 'Priya', 'Marco', 'Dilnoza', 'Samuel', 'Noor',
];
export const LAST_NAMES = [
  'Petrov', 'Schmidt', 'Smith', 'Nurlanovna', 'Yilmaz', 'Wang', 'Müller', 'Dubois', 'Tanaka', 'Kim', 'Al-Mansouri',
  'Haddad', 'García', 'Rossi', 'Sharma', 'Kowalski', 'Lefebvre', 'Sato', 'Cohen', 'Abenov', 'Johnson', 'Zhang',
  'Bianchi', 'Silva', 'Okafor', 'Andersson', 'Nielsen', 'Nowak', 'Ivanov', 'Karimi', 'Brown', 'Liu', 'Fernández',
  'Rahman', 'Taylor', 'Seitkali', 'López', 'Park', 'Sokolov', 'Bello', 'Martin', 'Wiśniewska', 'Berg', 'Patel',
  'Romano', 'Yusupova', 'Mensah', 'Aziz', 'Novak', 'Horvat', 'Jensen', 'Costa', 'Tan', 'Nguyen', 'Hassan', 'Müller-Lange',
];

/** Kazakh cities (lon, lat) that deal sites are placed around, a fraction of a degree away. */
export const KAZ_CITIES: readonly (readonly [name: string, lon: number, lat: number])[] = [
  ['Astana', 71.45, 51.17], ['Almaty', 76.89, 43.24], ['Karaganda', 73.1, 49.8], ['Aktobe', 57.2, 50.28],
  ['Atyrau', 51.92, 47.1], ['Pavlodar', 76.95, 52.29], ['Shymkent', 69.6, 42.32], ['Kostanay', 63.63, 53.21],
  ['Oskemen', 82.61, 49.95], ['Aktau', 51.2, 43.65], ['Taraz', 71.37, 42.9], ['Semey', 80.25, 50.41],
  ['Kyzylorda', 65.51, 44.85], ['Turkistan', 68.25, 43.3], ['Ekibastuz', 75.32, 51.72], ['Zhezkazgan', 67.71, 47.8],
  ['Balkhash', 74.98, 46.85], ['Temirtau', 72.96, 50.05], ['Oral', 51.37, 51.23], ['Petropavl', 69.15, 54.87],
];

export const FACILITIES = [
  'plant', 'logistics hub', 'solar park', 'wind farm', 'processing facility', 'data center', 'mine', 'terminal',
  'refinery', 'assembly line', 'hospital', 'research center', 'greenhouse complex', 'substation',
];

export const PUBLISHERS = [
  'Steppe Courier', 'Capital Ledger', 'Eurasia Wire', 'Central Asia Monitor', 'Caspian Business Review',
  'Global Affairs Daily', 'The Diplomatic Record', 'New York Dispatch',
];
