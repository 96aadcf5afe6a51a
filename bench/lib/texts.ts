import type { Rand } from "./random";

/**
 * Incident narratives in the languages reports arrive in. Each topic has one phrasing per language;
 * topics are picked with a skew, so a common term ("insulin") matches a few percent of 1M rows, as
 * in a real registry, and a rare one only a handful. The patient language follows the narrative's.
 */
type Lang = "en" | "fr" | "de" | "es" | "pt" | "sw" | "zh" | "ja" | "ar" | "hi";
const TOPICS: Record<Lang, string>[] = [
  {
    en: "The chatbot told the patient to double the insulin dose",
    fr: "Le chatbot a conseillé de doubler la dose d'insuline",
    de: "Der Chatbot riet, die Insulindosis zu verdoppeln",
    es: "El asistente indicó duplicar la dosis de insulina",
    pt: "O assistente mandou dobrar a dose de insulina",
    sw: "Chatbot ilimwambia mgonjwa aongeze dozi ya insulini mara mbili",
    zh: "聊天机器人建议将胰岛素剂量加倍",
    ja: "チャットボットがインスリンの量を倍にするよう勧めた",
    ar: "نصح روبوت الدردشة بمضاعفة جرعة الإنسولين",
    hi: "चैटबॉट ने इंसुलिन की खुराक दोगुनी करने को कहा",
  },
  {
    en: "Virtual doctor ignored a documented penicillin allergy",
    fr: "Le médecin virtuel a ignoré une allergie à la pénicilline",
    de: "Der virtuelle Arzt übersah eine dokumentierte Penicillinallergie",
    es: "El médico virtual ignoró una alergia a la penicilina",
    pt: "O médico virtual ignorou uma alergia à penicilina",
    sw: "Daktari wa mtandaoni alipuuza mzio wa penisilini",
    zh: "虚拟医生忽视了青霉素过敏记录",
    ja: "バーチャル医師がペニシリンアレルギーを見落とした",
    ar: "تجاهل الطبيب الافتراضي حساسية البنسلين",
    hi: "वर्चुअल डॉक्टर ने पेनिसिलिन एलर्जी को नज़रअंदाज़ किया",
  },
  {
    en: "Triage bot sent a child with sepsis home",
    fr: "Le robot de triage a renvoyé chez lui un enfant atteint de sepsis",
    de: "Der Triage-Bot schickte ein Kind mit Sepsis nach Hause",
    es: "El bot de triaje envió a casa a un niño con sepsis",
    pt: "O robô de triagem mandou para casa uma criança com sepse",
    sw: "Roboti ya uchunguzi ilimrudisha nyumbani mtoto mwenye sepsisi",
    zh: "分诊机器人让一名脓毒症儿童回家",
    ja: "トリアージボットが敗血症の子どもを帰宅させた",
    ar: "أعاد روبوت الفرز طفلاً مصاباً بالإنتان إلى المنزل",
    hi: "ट्राइएज बॉट ने सेप्सिस वाले बच्चे को घर भेज दिया",
  },
  {
    en: "Transcription swapped left and right kidney in the surgical note",
    fr: "La transcription a inversé rein gauche et rein droit",
    de: "Die Transkription vertauschte linke und rechte Niere",
    es: "La transcripción invirtió el riñón izquierdo y el derecho",
    pt: "A transcrição trocou o rim esquerdo pelo direito",
    sw: "Unukuzi ulibadilisha figo ya kushoto na ya kulia",
    zh: "转录把左肾和右肾写反了",
    ja: "文字起こしで左右の腎臓が入れ替わった",
    ar: "بدّل النسخ الآلي بين الكلية اليسرى واليمنى",
    hi: "ट्रांसक्रिप्शन ने बायीं और दायीं किडनी बदल दी",
  },
  {
    en: "Symptom checker missed signs of a stroke",
    fr: "Le vérificateur de symptômes n'a pas reconnu un AVC",
    de: "Der Symptomchecker übersah Zeichen eines Schlaganfalls",
    es: "El verificador de síntomas no detectó un ictus",
    pt: "O verificador de sintomas não reconheceu um AVC",
    sw: "Kikagua dalili hakikutambua dalili za kiharusi",
    zh: "症状检查工具漏掉了中风征兆",
    ja: "症状チェッカーが脳卒中の兆候を見逃した",
    ar: "لم يكتشف مدقق الأعراض علامات السكتة الدماغية",
    hi: "लक्षण जाँचक ने स्ट्रोक के संकेत नहीं पहचाने",
  },
  {
    en: "Dosage calculator gave an adult warfarin dose for an infant",
    fr: "Le calculateur a donné une dose adulte de warfarine pour un nourrisson",
    de: "Der Dosisrechner nannte eine Erwachsenendosis Warfarin für einen Säugling",
    es: "La calculadora dio una dosis adulta de warfarina para un lactante",
    pt: "A calculadora deu uma dose adulta de varfarina para um bebê",
    sw: "Kikokotoo kilitoa dozi ya mtu mzima ya warfarin kwa mtoto mchanga",
    zh: "剂量计算器给婴儿开出了成人华法林剂量",
    ja: "用量計算機が乳児に成人用のワルファリン量を示した",
    ar: "أعطت حاسبة الجرعات جرعة وارفارين لبالغ لرضيع",
    hi: "खुराक कैलकुलेटर ने शिशु के लिए वयस्क वारफेरिन खुराक बताई",
  },
  {
    en: "Mental health companion encouraged self-harm",
    fr: "L'assistant de santé mentale a encouragé l'automutilation",
    de: "Der Begleiter für psychische Gesundheit ermutigte zur Selbstverletzung",
    es: "El asistente de salud mental alentó las autolesiones",
    pt: "O assistente de saúde mental incentivou a automutilação",
    sw: "Msaidizi wa afya ya akili alihimiza kujidhuru",
    zh: "心理健康陪伴应用鼓励了自残",
    ja: "メンタルヘルスアプリが自傷を促した",
    ar: "شجّع مساعد الصحة النفسية على إيذاء النفس",
    hi: "मानसिक स्वास्थ्य साथी ने आत्म-हानि को बढ़ावा दिया",
  },
  {
    en: "Radiology summary omitted a suspicious lung nodule",
    fr: "Le compte rendu de radiologie a omis un nodule pulmonaire suspect",
    de: "Der Radiologiebericht ließ einen verdächtigen Lungenrundherd aus",
    es: "El resumen de radiología omitió un nódulo pulmonar sospechoso",
    pt: "O resumo radiológico omitiu um nódulo pulmonar suspeito",
    sw: "Muhtasari wa radiolojia uliacha uvimbe wa mapafu unaotiliwa shaka",
    zh: "放射报告摘要遗漏了可疑肺结节",
    ja: "放射線科の要約が疑わしい肺結節を省いた",
    ar: "أغفل ملخص الأشعة عقدة رئوية مشبوهة",
    hi: "रेडियोलॉजी सारांश में संदिग्ध फेफड़े की गांठ छूट गई",
  },
];
const LANGS = Object.keys(TOPICS[0] as object) as Lang[];
const DETAILS = [
  "after an update",
  "during a night shift",
  "in a follow-up chat",
  "via the mobile app",
  "in a second consultation",
  "reported by the pharmacist",
];

/** A narrative and its language, e.g. for the `language` patient attribute. */
export function narrative(rand: Rand, topic: () => number, i: number): { text: string; language: Lang } {
  const language = LANGS[Math.floor(rand() * rand() * LANGS.length)] as Lang;
  // Rank 0 (the most common) is the triage topic; insulin is rank 3 of a Zipf over 5× the topics.
  const base = (TOPICS[(topic() + 2) % TOPICS.length] as Record<Lang, string>)[language];
  const detail = DETAILS[Math.floor(rand() * DETAILS.length)] as string;
  return { text: `${base} (${detail}, case ${i})`, language };
}

export const TOPIC_COUNT = TOPICS.length;
