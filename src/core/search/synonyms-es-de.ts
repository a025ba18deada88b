import type { SynonymGroup } from './synonyms';

/**
 * Spanish synonym groups (decision 0034): `canonical` are words the Spanish knowledge texts use, `aliases` the words
 * people type for the same thing (Spain first: contractura, agujetas, médico de cabecera, ambulatorio).
 */
export const SYNONYM_GROUPS_ES: readonly SynonymGroup[] = [
  {
    canonical: ['calambre', 'espasmo'],
    aliases: ['contractura', 'nudo', 'tirón', 'rampa', 'agarrotado', 'agarrotamiento', 'contracción', 'tic'],
  },
  {
    canonical: ['frío', 'hielo', 'bolsa de hielo'],
    aliases: ['compresa fría', 'guisantes congelados', 'helado', 'crioterapia', 'enfriar'],
  },
  {
    canonical: ['calor', 'templado', 'almohadilla térmica'],
    aliases: ['caliente', 'bolsa de agua caliente', 'baño caliente', 'toalla caliente', 'manta eléctrica'],
  },
  {
    canonical: ['médico', 'profesional sanitario'],
    aliases: [
      'doctor',
      'doctora',
      'médica',
      'médico de cabecera',
      'centro de salud',
      'ambulatorio',
      'enfermera',
      'hospital',
    ],
  },
  {
    canonical: ['medicamento'],
    aliases: ['medicina', 'medicación', 'pastilla', 'pastillas', 'comprimido', 'fármaco', 'receta'],
  },
  {
    canonical: ['duración', 'dura', 'minutos'],
    aliases: ['cuánto dura', 'cuánto tiempo', 'tarda', 'horas', 'se quita', 'se pasa'],
  },
  {
    canonical: ['frecuencia', 'veces al día'],
    aliases: ['cada cuánto', 'con qué frecuencia', 'a diario', 'todos los días', 'cada día', 'dos veces'],
  },
  { canonical: ['líquidos', 'hidratación', 'deshidratación', 'bebe'], aliases: ['agua', 'beber', 'sed', 'hidratado'] },
  {
    canonical: ['dolor', 'dolorido'],
    aliases: ['duele', 'me duele', 'molestia', 'molestias', 'doloroso', 'sensible', 'agujetas'],
  },
  {
    canonical: ['causa'],
    aliases: ['por qué', 'porqué', 'motivo', 'razón', 'me dan', 'me da', 'qué provoca', 'origen', 'desencadenante'],
  },
  { canonical: ['empeora', 'peor'], aliases: ['empeorar', 'agrava', 'agravar', 'más fuerte'] },
  {
    canonical: ['prevenir', 'prevención'],
    aliases: ['evitar', 'que no me den', 'que no vuelva', 'reducir el riesgo', 'dejar de tener'],
  },
  {
    canonical: ['urgencia', 'urgente', 'ayuda médica'],
    aliases: ['grave', 'peligroso', 'preocupado', 'preocupada', 'señal de alarma', 'ambulancia', '112', 'urgencias'],
  },
  { canonical: ['estiramiento'], aliases: ['estirar', 'alargar', 'soltar'] },
  { canonical: ['técnica'], aliases: ['método', 'pasada', 'forma de masajear', 'tipo de masaje'] },
  { canonical: ['masaje'], aliases: ['masajear', 'frotar', 'amasar', 'sobar', 'automasaje'] },
  { canonical: ['beneficio'], aliases: ['ventaja', 'bueno para', 'sienta bien', 'ayuda'] },
  {
    canonical: ['entrenamiento', 'ejercicio'],
    aliases: ['gimnasio', 'gym', 'entrenar', 'pesas', 'deporte', 'correr', 'maratón', 'running'],
  },
  { canonical: ['crecimiento muscular'], aliases: ['ganar músculo', 'masa muscular', 'hipertrofia'] },
  {
    canonical: ['electrolitos', 'minerales', 'magnesio', 'potasio', 'calcio', 'sodio'],
    aliases: ['sal', 'plátano', 'banana', 'suplemento', 'bebida isotónica'],
  },
  { canonical: ['dieta', 'alimentación'], aliases: ['comida', 'comer', 'alimentos'] },
  {
    canonical: ['tensión', 'diuréticos', 'estatinas'],
    aliases: ['hipertensión', 'presión arterial', 'pastillas para orinar', 'colesterol', 'diurético', 'estatina'],
  },
  {
    canonical: ['nervio pinzado'],
    aliases: ['nervio', 'ciática', 'ciático', 'descarga', 'corrientazo', 'irradiado', 'pinzamiento'],
  },
  { canonical: ['estrés', 'relajación'], aliases: ['ansiedad', 'nervios', 'relajarse', 'calma', 'agobio'] },
  { canonical: ['postura'], aliases: ['escritorio', 'sentado', 'ordenador', 'encorvado'] },
  { canonical: ['hombro'], aliases: ['trapecio', 'omóplato', 'paletilla'] },
  {
    canonical: ['hinchada', 'enrojecida', 'inflamada'],
    aliases: ['hinchado', 'hinchazón', 'rojo', 'roja', 'inflamación', 'inflamado'],
  },
  {
    canonical: ['entumecimiento', 'hormigueo', 'debilidad'],
    aliases: ['dormido', 'adormecido', 'hormigas', 'débil', 'acorchado'],
  },
  { canonical: ['dormir', 'noche'], aliases: ['cama', 'por la noche', 'despierta', 'sueño'] },
  { canonical: ['esclerosis múltiple'], aliases: ['em'] },
];

/**
 * German synonym groups (decision 0034): `canonical` are words the German knowledge texts use, `aliases` the words
 * people type (Verspannung, Muskelkater, Hausarzt, Wärmflasche, Hexenschuss).
 */
export const SYNONYM_GROUPS_DE: readonly SynonymGroup[] = [
  {
    canonical: ['krampf'],
    aliases: [
      'verkrampfung',
      'verspannung',
      'knoten',
      'zuckung',
      'zucken',
      'muskelverhärtung',
      'spasmus',
      'verhärtung',
    ],
  },
  {
    canonical: ['kälte', 'eis', 'kühlakku'],
    aliases: ['kühlpack', 'kühlen', 'tiefgekühlt', 'erbsen', 'kalt', 'kühlung', 'eisbeutel', 'kältepack'],
  },
  {
    canonical: ['wärme', 'heizkissen'],
    aliases: [
      'warm',
      'heiß',
      'wärmflasche',
      'warmes bad',
      'heißes bad',
      'kirschkernkissen',
      'rotlicht',
      'wärmepflaster',
    ],
  },
  {
    canonical: ['arzt', 'medizinische fachkraft'],
    aliases: ['ärztin', 'hausarzt', 'hausärztin', 'doktor', 'praxis', 'krankenhaus', 'klinik', 'bereitschaftsdienst'],
  },
  { canonical: ['medikament'], aliases: ['tablette', 'tabletten', 'pille', 'arznei', 'arzneimittel', 'rezept'] },
  { canonical: ['dauer', 'minuten'], aliases: ['wie lange', 'dauert', 'stunden', 'vergeht', 'weggehen', 'aufhören'] },
  {
    canonical: ['wie oft', 'häufigkeit', 'täglich'],
    aliases: ['mal am tag', 'jeden tag', 'pro woche', 'zweimal', 'wie häufig'],
  },
  {
    canonical: ['flüssigkeit', 'trinken', 'flüssigkeitsmangel'],
    aliases: ['wasser', 'durst', 'dehydriert', 'dehydrierung', 'ausgetrocknet'],
  },
  {
    canonical: ['schmerz', 'schmerzen'],
    aliases: ['tut weh', 'weh', 'wehtun', 'schmerzt', 'empfindlich', 'beschwerden', 'muskelkater'],
  },
  { canonical: ['ursache', 'verursacht'], aliases: ['warum', 'wieso', 'weshalb', 'grund', 'auslöser', 'woher'] },
  { canonical: ['schlimmer', 'verschlimmern'], aliases: ['verschlechtern', 'verstärken', 'schlechter'] },
  {
    canonical: ['vorbeugen', 'vorbeugung'],
    aliases: ['verhindern', 'vermeiden', 'nicht wiederkommen', 'nicht mehr bekommen', 'verhüten'],
  },
  {
    canonical: ['notfall', 'notfallhilfe', 'ärztliche hilfe'],
    aliases: [
      'ernst',
      'gefährlich',
      'besorgt',
      'sorgen',
      'warnzeichen',
      'rettungswagen',
      'krankenwagen',
      '112',
      'notarzt',
    ],
  },
  { canonical: ['dehnen', 'dehnung'], aliases: ['dehnübung', 'strecken', 'lockern'] },
  { canonical: ['technik'], aliases: ['methode', 'griff', 'massagegriff', 'art der massage', 'massagetechnik'] },
  { canonical: ['massage', 'massieren'], aliases: ['reiben', 'kneten', 'selbstmassage', 'massiere', 'massiert'] },
  { canonical: ['vorteil', 'vorteile'], aliases: ['nutzen', 'gut für', 'tut gut', 'bringt'] },
  {
    canonical: ['training', 'sport'],
    aliases: ['fitnessstudio', 'gym', 'krafttraining', 'gewichte', 'trainieren', 'laufen', 'joggen', 'marathon'],
  },
  { canonical: ['muskelwachstum'], aliases: ['muskelaufbau', 'muskeln aufbauen', 'masse aufbauen'] },
  {
    canonical: ['elektrolyte', 'mineralstoffe', 'magnesium', 'kalium', 'kalzium', 'natrium'],
    aliases: ['salz', 'banane', 'nahrungsergänzung', 'calcium', 'isotonisch'],
  },
  { canonical: ['ernährung'], aliases: ['essen', 'lebensmittel', 'mahlzeit', 'nahrung'] },
  {
    canonical: ['blutdruck', 'diuretika', 'statine'],
    aliases: ['bluthochdruck', 'entwässerungstabletten', 'wassertabletten', 'cholesterin', 'diuretikum', 'statin'],
  },
  {
    canonical: ['eingeklemmter nerv'],
    aliases: ['nerv', 'ischias', 'hexenschuss', 'einschießend', 'ausstrahlend', 'eingeklemmt'],
  },
  { canonical: ['stress', 'entspannung'], aliases: ['angst', 'nervös', 'entspannen', 'anspannung'] },
  { canonical: ['haltung'], aliases: ['schreibtisch', 'sitzen', 'büro', 'krumm'] },
  { canonical: ['schulter'], aliases: ['trapezmuskel', 'schulterblatt'] },
  { canonical: ['geschwollen', 'gerötet', 'entzündet'], aliases: ['schwellung', 'rot', 'entzündung', 'dick'] },
  { canonical: ['taubheit', 'kribbeln', 'schwäche'], aliases: ['taub', 'eingeschlafen', 'ameisenlaufen', 'schwach'] },
  { canonical: ['schlaf', 'nachts'], aliases: ['bett', 'nacht', 'aufwachen', 'schlafen'] },
  { canonical: ['multiple sklerose'], aliases: ['ms'] },
];
