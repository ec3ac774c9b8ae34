//! The name finder: proper names in English prose that no glossary lists, each with a kind guessed from the evidence around it.
//!
//! A name is a run of capitalised words, with the connectors names use between them (`of`,
//! `for`, `of the`, `von`, `de`, ...), initials (`A. N. Safonova`), an ordinal before a head
//! noun (`5th Army`, `Tenth party congress`) or a lowercase head noun after (`Kerensky
//! government`). What is not a name:
//!
//! - the first word of a sentence, unless the text also capitalises it mid-sentence, and never a
//!   function word (`In`, `After`, `Their`) or a word the text also writes in lowercase
//!   (`Historian Pierre Broué` is the name `Pierre Broué`);
//! - a run made only of month or day names, nationality and ideology adjectives (`Russian`,
//!   `Soviet`, `Trotskyist`, `Bolshevik` before a noun), titles (`Colonel`), or a head noun on
//!   its own (`Party`, `Congress`);
//! - anything longer than twelve words, and anything in a sentence written in capitals only.
//!
//! The kind comes from, in order: the head noun (`Governorate`, `Committee`, `Revolution`, the
//! word before the first `of`), a title (`Admiral`), a patronymic, the words around it (`born
//! in X`, `the army of X`, `X declared`), a place prefix (`New`, `Saint`), a preposition
//! (`in X`), an acronym; with only the last three the kind is a guess.

use std::collections::HashSet;

use crate::model::EntityKind;

/// One name found in a text: its byte range, and what the words around it say of its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    pub kind: Option<EntityKind>,
    /// The kind rests on a head noun, a title or a telling context, not on a guess.
    pub strong: bool,
}

/// The words of a whole seed, so that a sentence's first word can be judged by how the text
/// writes it elsewhere.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Words the text writes in lowercase somewhere.
    lowercase: HashSet<String>,
    /// Capitalised words the text writes somewhere other than at a sentence's start.
    inside: HashSet<String>,
}

impl Vocabulary {
    /// The vocabulary of a text, given as its sentences (byte ranges).
    pub fn of(text: &str, sentences: &[(usize, usize)]) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        for &(start, end) in sentences {
            let tokens = tokenize(&text[start..end]);
            let first = first_word(&tokens);
            for (i, token) in tokens.iter().enumerate() {
                let Token::Word { text: word, .. } = token else {
                    continue;
                };
                let word = bare(word);
                let after_quote = i > 0
                    && matches!(
                        tokens[i - 1],
                        Token::Mark {
                            c: '"' | '“' | '\'' | '‘' | ':',
                            ..
                        }
                    );
                if word.starts_with(char::is_lowercase) {
                    vocabulary.lowercase.insert(word.to_string());
                } else if Some(i) != first && !after_quote && is_capitalised(word) {
                    vocabulary.inside.insert(word.to_string());
                }
            }
        }
        vocabulary
    }

    /// Adds another text's words (the same seed's headings, infobox and references).
    pub fn extend(&mut self, other: Vocabulary) {
        self.lowercase.extend(other.lowercase);
        self.inside.extend(other.inside);
    }

    fn writes_lowercase(&self, word: &str) -> bool {
        self.lowercase.contains(&word.to_lowercase())
    }

    fn capitalises_inside(&self, word: &str) -> bool {
        self.inside.contains(word)
    }
}

/// Every name in `text`, one sentence (byte ranges) at a time, in order and non-overlapping.
pub fn find_names(text: &str, sentences: &[(usize, usize)], vocabulary: &Vocabulary) -> Vec<Name> {
    let mut names = Vec::new();
    for &(start, end) in sentences {
        let Some(sentence) = text.get(start..end) else {
            continue;
        };
        if shouts(sentence) {
            continue;
        }
        for name in in_sentence(sentence, vocabulary) {
            names.push(Name {
                start: start + name.start,
                end: start + name.end,
                ..name
            });
        }
    }
    names
}

// ---------------------------------------------------------------------------------------------
// Words the finder knows. All are ordinary English, none is about one text.

/// Capitalised words that begin a sentence without naming anything.
const FUNCTION_WORDS: &[&str] = &[
    "A",
    "About",
    "According",
    "Across",
    "After",
    "Afterwards",
    "Against",
    "All",
    "Along",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Around",
    "As",
    "At",
    "Because",
    "Before",
    "Being",
    "Between",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Early",
    "Even",
    "Every",
    "Few",
    "Finally",
    "Following",
    "For",
    "From",
    "Having",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "Into",
    "It",
    "Its",
    "Just",
    "Late",
    "Later",
    "Like",
    "Many",
    "Meanwhile",
    "More",
    "Most",
    "Much",
    "My",
    "Near",
    "Neither",
    "Never",
    "No",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Several",
    "She",
    "Since",
    "So",
    "Some",
    "Soon",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Through",
    "Throughout",
    "Thus",
    "To",
    "Two",
    "Under",
    "Unlike",
    "Until",
    "Upon",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Whom",
    "Whose",
    "Why",
    "With",
    "Within",
    "Without",
    "Yet",
    "You",
];

/// Words of a citation's machinery.
const CITATION_WORDS: &[&str] = &[
    "ISBN",
    "ISSN",
    "OCLC",
    "DOI",
    "JSTOR",
    "Retrieved",
    "Archived",
    "Original",
    "Vol",
    "Volume",
    "Ibid",
];

/// Lowercase words that join the capitalised words of one name (`Ludwig van Beethoven`).
pub const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "di", "du", "del", "della", "der", "den", "van", "von", "zu",
    "ter", "ten", "la", "le", "les", "los", "las", "y", "e", "bin", "ibn", "bint", "al", "el",
];

const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Adjectives of nationality, faction and ideology that the suffix rule misses.
const ADJECTIVES: &[&str] = &[
    "Bolshevik",
    "Menshevik",
    "Soviet",
    "Red",
    "White",
    "Imperial",
    "Tsarist",
    "German",
    "French",
    "Dutch",
    "Greek",
    "Czech",
    "Swiss",
    "American",
    "Mexican",
    "Korean",
    "Cuban",
    "Chechen",
    "Uzbek",
    "Kazakh",
    "Tatar",
    "Jewish",
    "Old",
    "Left",
    "Right",
    "Royal",
    "Federal",
    "National",
    "Social",
    "Democratic",
    "Revolutionary",
    "Provisional",
    "Anti",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
    "Supreme",
    "Great",
    "Grand",
    "Civil",
    "Military",
];

/// Titles and ranks: part of a name before it, never a name alone.
pub const TITLES: &[&str] = &[
    "Admiral",
    "General",
    "Colonel",
    "Captain",
    "Major",
    "Lieutenant",
    "Marshal",
    "Sergeant",
    "Commander",
    "President",
    "Chairman",
    "Premier",
    "Tsar",
    "Czar",
    "Tsarina",
    "Emperor",
    "Empress",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Count",
    "Countess",
    "Duke",
    "Baron",
    "Sir",
    "Lord",
    "Lady",
    "Dr",
    "Professor",
    "Father",
    "Saint",
    "Comrade",
    "Mr",
    "Mrs",
    "Ms",
    "Madame",
    "Commissar",
    "Secretary",
    "Minister",
    "Ambassador",
    "Bishop",
    "Patriarch",
    "Metropolitan",
];

/// Role nouns before a name that say it is a person's ("the historian Pierre Broué").
const ROLES: &[&str] = &[
    "historian",
    "writer",
    "poet",
    "novelist",
    "journalist",
    "economist",
    "scientist",
    "leader",
    "commander",
    "defendant",
    "colleague",
    "comrade",
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "friend",
    "ally",
    "rival",
    "successor",
    "predecessor",
    "deputy",
    "secretary",
    "commissar",
    "admiral",
    "general",
    "colonel",
    "chairman",
    "revolutionary",
    "politician",
    "philosopher",
    "author",
    "editor",
    "biographer",
    "agent",
    "investigator",
    "prosecutor",
    "judge",
    "lawyer",
    "teacher",
    "student",
    "Bolshevik",
    "Menshevik",
    "oppositionist",
    "Trotskyist",
];

/// What a head noun says of the name it ends (or, before `of`, begins).
const HEADS: &[(&str, EntityKind)] = &[
    // Places.
    ("Governorate", EntityKind::Place),
    ("Guberniya", EntityKind::Place),
    ("Uyezd", EntityKind::Place),
    ("Volost", EntityKind::Place),
    ("Oblast", EntityKind::Place),
    ("Krai", EntityKind::Place),
    ("Okrug", EntityKind::Place),
    ("Raion", EntityKind::Place),
    ("Province", EntityKind::Place),
    ("County", EntityKind::Place),
    ("District", EntityKind::Place),
    ("Region", EntityKind::Place),
    ("Mountains", EntityKind::Place),
    ("Mountain", EntityKind::Place),
    ("Hills", EntityKind::Place),
    ("River", EntityKind::Place),
    ("Lake", EntityKind::Place),
    ("Sea", EntityKind::Place),
    ("Ocean", EntityKind::Place),
    ("Island", EntityKind::Place),
    ("Islands", EntityKind::Place),
    ("Peninsula", EntityKind::Place),
    ("Bay", EntityKind::Place),
    ("Gulf", EntityKind::Place),
    ("Valley", EntityKind::Place),
    ("Basin", EntityKind::Place),
    ("Steppe", EntityKind::Place),
    ("Desert", EntityKind::Place),
    ("Coast", EntityKind::Place),
    ("Street", EntityKind::Place),
    ("Square", EntityKind::Place),
    ("Prospect", EntityKind::Place),
    ("Cemetery", EntityKind::Place),
    ("Prison", EntityKind::Place),
    ("Isolator", EntityKind::Place),
    ("Fortress", EntityKind::Place),
    ("Camp", EntityKind::Place),
    ("Kremlin", EntityKind::Place),
    ("Palace", EntityKind::Place),
    ("Station", EntityKind::Place),
    ("City", EntityKind::Place),
    ("Town", EntityKind::Place),
    ("Village", EntityKind::Place),
    ("Empire", EntityKind::Place),
    ("Kingdom", EntityKind::Place),
    ("Republic", EntityKind::Place),
    // Organisations.
    ("Party", EntityKind::Organisation),
    ("Committee", EntityKind::Organisation),
    ("Council", EntityKind::Organisation),
    ("Bureau", EntityKind::Organisation),
    ("Union", EntityKind::Organisation),
    ("Soviet", EntityKind::Organisation),
    ("Army", EntityKind::Organisation),
    ("Navy", EntityKind::Organisation),
    ("Fleet", EntityKind::Organisation),
    ("Division", EntityKind::Organisation),
    ("Detachment", EntityKind::Organisation),
    ("Regiment", EntityKind::Organisation),
    ("Brigade", EntityKind::Organisation),
    ("Corps", EntityKind::Organisation),
    ("Guard", EntityKind::Organisation),
    ("Front", EntityKind::Organisation),
    ("Directorate", EntityKind::Organisation),
    ("Commissariat", EntityKind::Organisation),
    ("Ministry", EntityKind::Organisation),
    ("Department", EntityKind::Organisation),
    ("Collegium", EntityKind::Organisation),
    ("Court", EntityKind::Organisation),
    ("Assembly", EntityKind::Organisation),
    ("Government", EntityKind::Organisation),
    ("Presidium", EntityKind::Organisation),
    ("Praesidium", EntityKind::Organisation),
    ("Secretariat", EntityKind::Organisation),
    ("Politburo", EntityKind::Organisation),
    ("Board", EntityKind::Organisation),
    ("Commission", EntityKind::Organisation),
    ("Tribunal", EntityKind::Organisation),
    ("Academy", EntityKind::Organisation),
    ("University", EntityKind::Organisation),
    ("Institute", EntityKind::Organisation),
    ("School", EntityKind::Organisation),
    ("Society", EntityKind::Organisation),
    ("League", EntityKind::Organisation),
    ("Association", EntityKind::Organisation),
    ("Federation", EntityKind::Organisation),
    ("International", EntityKind::Organisation),
    ("Opposition", EntityKind::Organisation),
    ("Group", EntityKind::Organisation),
    ("Bloc", EntityKind::Organisation),
    ("Faction", EntityKind::Organisation),
    ("Club", EntityKind::Organisation),
    ("Agency", EntityKind::Organisation),
    ("Office", EntityKind::Organisation),
    ("Company", EntityKind::Organisation),
    ("Trust", EntityKind::Organisation),
    ("Bank", EntityKind::Organisation),
    ("Plant", EntityKind::Organisation),
    ("Factory", EntityKind::Organisation),
    ("Works", EntityKind::Organisation),
    ("Press", EntityKind::Organisation),
    ("Books", EntityKind::Organisation),
    ("Publishers", EntityKind::Organisation),
    ("Publishing", EntityKind::Organisation),
    ("Inc", EntityKind::Organisation),
    ("Ltd", EntityKind::Organisation),
    ("ltd", EntityKind::Organisation),
    // Events.
    ("Revolution", EntityKind::Event),
    ("War", EntityKind::Event),
    ("Trial", EntityKind::Event),
    ("Trials", EntityKind::Event),
    ("Congress", EntityKind::Event),
    ("Conference", EntityKind::Event),
    ("Plenum", EntityKind::Event),
    ("Uprising", EntityKind::Event),
    ("Rising", EntityKind::Event),
    ("Rebellion", EntityKind::Event),
    ("Revolt", EntityKind::Event),
    ("Mutiny", EntityKind::Event),
    ("Insurrection", EntityKind::Event),
    ("Battle", EntityKind::Event),
    ("Siege", EntityKind::Event),
    ("Campaign", EntityKind::Event),
    ("Offensive", EntityKind::Event),
    ("Strike", EntityKind::Event),
    ("Purge", EntityKind::Event),
    ("Terror", EntityKind::Event),
    ("Affair", EntityKind::Event),
    ("Treaty", EntityKind::Event),
    ("Massacre", EntityKind::Event),
    ("Famine", EntityKind::Event),
    ("Coup", EntityKind::Event),
    ("Putsch", EntityKind::Event),
    ("Assassination", EntityKind::Event),
    ("Election", EntityKind::Event),
    ("Elections", EntityKind::Event),
    // Works.
    ("Declaration", EntityKind::Work),
    ("Manifesto", EntityKind::Work),
    ("Platform", EntityKind::Work),
    ("Theses", EntityKind::Work),
    ("Testament", EntityKind::Work),
    ("Memoirs", EntityKind::Work),
    ("Diary", EntityKind::Work),
    ("Letters", EntityKind::Work),
    ("Gazette", EntityKind::Work),
    ("Herald", EntityKind::Work),
    ("Bulletin", EntityKind::Work),
    ("Review", EntityKind::Work),
    ("Journal", EntityKind::Work),
];

/// Head nouns that also end a name in lowercase ("Kerensky government", "Tenth party congress").
const LOWERCASE_HEADS: &[&str] = &[
    "party",
    "committee",
    "congress",
    "conference",
    "soviet",
    "front",
    "government",
    "bureau",
    "army",
    "council",
    "affair",
    "company",
    "opposition",
    "trial",
    "regiment",
    "division",
];

/// Ordinal words that may begin a name ("Seventh Conference", "Tenth party congress").
const ORDINALS: &[&str] = &[
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
    "Twentieth",
];

/// Words before a name that make it a place: `born in X`, `deported to X`.
const PLACE_VERBS: &[&str] = &[
    "born",
    "died",
    "buried",
    "deported",
    "exiled",
    "banished",
    "returned",
    "moved",
    "sent",
    "transferred",
    "fled",
    "escaped",
    "arrived",
    "lived",
    "settled",
    "travelled",
    "traveled",
    "emigrated",
    "evacuated",
    "executed",
    "imprisoned",
    "held",
    "raised",
    "grew",
];

/// Prepositions before a name that suggest, without proving, a place.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "to", "from", "near", "into", "outside"];

/// Verbs after a name that make it a person: `X declared`, `X was arrested`.
const PERSON_VERBS: &[&str] = &[
    "said",
    "says",
    "declared",
    "wrote",
    "writes",
    "argued",
    "proposed",
    "supported",
    "ordered",
    "refused",
    "complained",
    "denounced",
    "named",
    "showed",
    "suspected",
    "characterized",
    "characterised",
    "insisted",
    "wanted",
    "urged",
    "protested",
    "recalled",
    "believed",
    "described",
    "claimed",
    "joined",
    "married",
    "signed",
    "resigned",
    "returned",
    "died",
    "himself",
    "herself",
    "begged",
    "feared",
    "told",
    "asked",
    "replied",
    "answered",
    "kept",
    "became",
    "led",
    "headed",
];

/// Participles after `was` that make the name a person: `X was arrested`.
const PERSON_PARTICIPLES: &[&str] = &[
    "born",
    "arrested",
    "shot",
    "executed",
    "expelled",
    "rehabilitated",
    "appointed",
    "elected",
    "sentenced",
    "dismissed",
    "released",
    "exiled",
    "deported",
    "killed",
    "murdered",
    "removed",
    "reinstated",
    "readmitted",
    "dropped",
    "transferred",
    "tried",
    "accused",
    "married",
    "buried",
    "known",
    "involved",
    "subject",
    "one",
    "the",
    "a",
    "an",
    "also",
    "again",
    "then",
    "never",
    "held",
    "called",
    "sent",
    "caught",
    "freed",
    "rearrested",
    "posthumously",
];

/// Nouns after a possessive that make the possessor a person: `Kolchak's army`.
const PERSON_POSSESSIONS: &[&str] = &[
    "army",
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "children",
    "death",
    "life",
    "letters",
    "letter",
    "words",
    "advice",
    "support",
    "influence",
    "rise",
    "staffs",
    "staff",
    "line",
    "closest",
    "second",
    "ex-wife",
    "campaign",
    "murder",
    "assassination",
    "arrest",
    "memoirs",
    "own",
];

/// The first word of a place name: `New York`, `Saint Petersburg`.
const PLACE_PREFIXES: &[&str] = &[
    "New", "Saint", "St", "Fort", "Port", "Mount", "Cape", "Lake",
];

/// Endings of place names in the languages of Europe and Russia ("Petrograd", "Kronstadt",
/// "Tomsk", "Sevastopol", "Finland"), rare at the end of a person's name: weak evidence.
const PLACE_ENDINGS: &[&str] = &[
    "grad", "gorod", "burg", "bourg", "stadt", "sk", "pol", "land", "stan", "ovo", "evo",
];

/// Words before `of` that make what follows a place: "east of the Urals", "the outskirts of
/// Warsaw", "the capital of Finland".
const PLACE_RELATIONS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "outskirts",
    "capital",
    "suburbs",
    "centre",
    "center",
    "city",
    "town",
    "village",
    "province",
    "region",
    "governorate",
    "gates",
    "siege",
    "fall",
    "defence",
    "defense",
];

/// Verbs of war whose object is usually a place ("take Warsaw", "capture Lwow"); a person can
/// be captured too, so the evidence is weak.
const TAKING_VERBS: &[&str] = &[
    "take",
    "took",
    "taken",
    "capture",
    "captured",
    "capturing",
    "occupy",
    "occupied",
    "reach",
    "reached",
    "besiege",
    "besieged",
    "liberate",
    "liberated",
    "evacuate",
    "defend",
    "defended",
];

// ---------------------------------------------------------------------------------------------
// Tokens.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'a> {
    /// Letters and digits, with the apostrophes, hyphens and dots inside them ("Gol’tsman",
    /// "Ungern-Sternberg", "U.S.S.R"); `spaced` is whether white space comes before it.
    Word {
        start: usize,
        end: usize,
        text: &'a str,
        spaced: bool,
    },
    /// Any other character but white space.
    Mark { start: usize, c: char, spaced: bool },
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut spaced = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token::Mark { start, c, spaced });
            spaced = false;
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            if next.is_alphanumeric() || is_combining(next) {
                end = at + next.len_utf8();
                chars.next();
                continue;
            }
            // A joiner stays inside the word only when a letter or digit follows it.
            let joins = matches!(next, '-' | '\'' | '’' | '.' | '‐')
                && text[at + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !joins {
                break;
            }
            chars.next();
            end = at + next.len_utf8();
        }
        tokens.push(Token::Word {
            start,
            end,
            text: &text[start..end],
            spaced,
        });
        spaced = false;
    }
    tokens
}

/// Combining marks (the stress accents of "Ива́н") belong to the word they sit on.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
}

/// The index of the sentence's first word, after any opening quotes or brackets.
fn first_word(tokens: &[Token]) -> Option<usize> {
    tokens.iter().position(|t| matches!(t, Token::Word { .. }))
}

/// A word without a possessive ending: "Smilga's" → "Smilga".
fn bare(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// "5th", "15th", "2nd".
fn is_numeric_ordinal(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// A sentence in capitals only is a heading or a shout; its words tell nothing.
fn shouts(sentence: &str) -> bool {
    let letters: Vec<char> = sentence.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() > 12 && letters.iter().all(|c| !c.is_lowercase())
}

fn head_kind(word: &str) -> Option<EntityKind> {
    let word = bare(word);
    HEADS
        .iter()
        .find(|(head, _)| head.eq_ignore_ascii_case(word))
        .map(|&(_, kind)| kind)
}

/// A nationality, faction or ideology adjective (or a month, a day, a title): a word that
/// cannot be a name on its own.
pub(crate) fn is_adjective(word: &str) -> bool {
    let word = bare(word);
    ADJECTIVES.contains(&word)
        || ["ian", "ean", "ish", "ese", "ist", "ite", "ic", "ism", "ary"]
            .iter()
            .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
}

fn is_calendar_word(word: &str) -> bool {
    crate::model::MONTH_NAMES.contains(&word) || DAYS.contains(&word)
}

// ---------------------------------------------------------------------------------------------
// Runs.

/// The words of one candidate name: token indices, first and last inclusive.
#[derive(Clone, Copy, Debug)]
struct Run {
    first: usize,
    last: usize,
    /// A lowercase head noun ends it ("Kerensky government").
    lowercase_head: bool,
}

struct Sentence<'a, 'v> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    vocabulary: &'v Vocabulary,
}

impl<'a> Sentence<'a, '_> {
    fn word(&self, i: usize) -> Option<&'a str> {
        match self.tokens.get(i)? {
            Token::Word { text, .. } => Some(text),
            Token::Mark { .. } => None,
        }
    }

    fn spaced(&self, i: usize) -> bool {
        match self.tokens.get(i) {
            Some(Token::Word { spaced, .. } | Token::Mark { spaced, .. }) => *spaced,
            None => false,
        }
    }

    fn start(&self, i: usize) -> usize {
        match self.tokens[i] {
            Token::Word { start, .. } | Token::Mark { start, .. } => start,
        }
    }

    fn end(&self, i: usize) -> usize {
        match self.tokens[i] {
            Token::Word { end, .. } => end,
            Token::Mark { start, c, .. } => start + c.len_utf8(),
        }
    }

    fn mark(&self, i: usize) -> Option<char> {
        match self.tokens.get(i)? {
            Token::Mark { c, .. } => Some(*c),
            Token::Word { .. } => None,
        }
    }

    /// A word that can be part of a name: capitalised, an acronym, or an initial.
    fn is_name_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            is_capitalised(w) && !w.chars().all(|c| c.is_ascii_digit()) || is_numeric_ordinal(w)
        })
    }

    /// An initial: one capital letter and a full stop ("A." of "A. N. Safonova").
    fn is_initial(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| w.chars().count() == 1 && is_capitalised(w))
            && self.mark(i + 1) == Some('.')
            && !self.spaced(i + 1)
    }

    /// Where a run that has reached token `last` can go on: the index of the next name word,
    /// and whether the words between were an `of`/`for` complement.
    fn continues(&self, last: usize, in_complement: bool) -> Option<(usize, bool)> {
        let mut next = last + 1;
        if self.is_initial(last) {
            next += 1; // the initial's full stop
        }
        if self.word(last).is_some_and(|w| bare(w) != w) && !self.joins_possessive(last) {
            return None; // "Smilga's ..." ends the name
        }
        let word = self.word(next)?;
        if !self.spaced(next) {
            return None;
        }
        if self.is_name_word(next) && !is_numeric_ordinal(word) {
            return Some((next, in_complement));
        }
        // "of", "for", "of the", "for the": a complement that must reach a name word, after a
        // head noun or a title ("Governorate of Livonia", "Commissar for War"), not after any
        // name ("Petrograd for the Congress").
        let before = self.word(last).map(bare).unwrap_or_default();
        let takes_complement = in_complement
            || head_kind(before).is_some()
            || LOWERCASE_HEADS.contains(&before)
            || TITLES.contains(&before);
        if matches!(word, "of" | "for") && takes_complement {
            let mut after = next + 1;
            if self.word(after) == Some("the") {
                after += 1;
            }
            return (self.spaced(after) && self.is_name_word(after)).then_some((after, true));
        }
        // "Posts and Telegraphs" inside a complement.
        if word == "and" && in_complement {
            let after = next + 1;
            return (self.spaced(after) && self.is_name_word(after)).then_some((after, true));
        }
        if PARTICLES.contains(&word) {
            let after = next + 1;
            return (self.spaced(after) && self.is_name_word(after))
                .then_some((after, in_complement));
        }
        None
    }

    /// "People's Commissariat": a possessive that is part of an institution's name.
    fn joins_possessive(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            matches!(
                bare(w),
                "People" | "Workers" | "Peasants" | "Soldiers" | "Women" | "Children" | "Men"
            )
        })
    }

    /// The run of name words starting at `first`.
    fn run_from(&self, first: usize) -> Run {
        let mut last = first;
        let mut in_complement = false;
        while let Some((next, complement)) = self.continues(last, in_complement) {
            last = next;
            in_complement = complement;
        }
        // A complement ending in an adjective before a noun ("Seventh Conference of the Bolshevik
        // faction") is not part of the name.
        if in_complement && last > first {
            let ends_in_adjective = self.word(last).is_some_and(is_adjective);
            let noun_follows = self.spaced(last + 1)
                && self.word(last + 1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !LOWERCASE_HEADS.contains(&bare(w))
                });
            if ends_in_adjective && noun_follows {
                let connector = (first..last)
                    .rev()
                    .find(|&i| matches!(self.word(i), Some("of" | "for")));
                if let Some(connector) = connector.filter(|&c| c > first) {
                    last = connector - 1;
                }
            }
        }
        // Lowercase head nouns after the run: "Petrograd Bolshevik party committee".
        let mut lowercase_head = false;
        let possessive = self.word(last).is_some_and(|w| bare(w) != w);
        if !possessive {
            let mut next = last + 1;
            while next <= last + 2
                && self.spaced(next)
                && self
                    .word(next)
                    .is_some_and(|w| LOWERCASE_HEADS.contains(&bare(w)))
            {
                last = next;
                lowercase_head = true;
                // "Sixth Congress of the Bolshevik party" may go on with "of the ...".
                next = last + 1;
            }
            if lowercase_head {
                if let Some((after, _)) = self.continues(last, true) {
                    let rest = self.run_from(after);
                    last = rest.last;
                    lowercase_head = rest.lowercase_head;
                }
            }
        }
        // "Russian Communist Party (Bolsheviks)": a party's faction in brackets is part of its
        // name.
        if self
            .word(last)
            .is_some_and(|w| head_kind(w) == Some(EntityKind::Organisation))
        {
            if let Some(after) = self.after_gloss(last + 1) {
                last = after - 1;
            }
        }
        Run {
            first,
            last,
            lowercase_head,
        }
    }

    /// A bracketed gloss at token `open`: `(` and one to three capitalised words, not an
    /// acronym, then `)`.
    /// Returns the index after the closing bracket.
    fn after_gloss(&self, open: usize) -> Option<usize> {
        if self.mark(open) != Some('(') || !self.spaced(open) {
            return None;
        }
        let close =
            (open + 1..self.tokens.len().min(open + 5)).find(|&j| self.mark(j) == Some(')'))?;
        // An acronym in brackets ("(RSDLP)") is the name's abbreviation, a name of its own.
        let words_only = (open + 1..close)
            .all(|j| self.is_name_word(j) && !self.word(j).is_some_and(is_acronym));
        (close > open + 1 && words_only).then_some(close + 1)
    }

    /// The words of a run, possessive endings removed.
    fn words(&self, run: &Run) -> Vec<&'a str> {
        self.unbracketed(run)
            .filter_map(|i| self.word(i))
            .map(bare)
            .collect()
    }

    /// The name words of a run (not its connectors or lowercase heads).
    fn name_words(&self, run: &Run) -> Vec<&'a str> {
        self.unbracketed(run)
            .filter(|&i| self.is_name_word(i))
            .filter_map(|i| self.word(i))
            .map(bare)
            .collect()
    }

    /// The token indices of a run up to a bracketed gloss, which names nothing of its own.
    fn unbracketed(&self, run: &Run) -> impl Iterator<Item = usize> + '_ {
        (run.first..=run.last).take_while(|&i| self.mark(i) != Some('('))
    }

    fn span(&self, run: &Run) -> (usize, usize) {
        let start = self.start(run.first);
        let mut end = self.end(run.last);
        if self.mark(run.last) == Some(')') {
            return (start, end);
        }
        let word = &self.text[self.start(run.last)..end];
        end -= word.len() - bare(word).len();
        // An initial's stop, and an abbreviation's ("U.S.S.R.", "Inc."), belong to the name.
        let abbreviation =
            bare(word).contains('.') || matches!(bare(word), "Inc" | "Ltd" | "Co" | "Jr" | "Sr");
        if self.is_initial(run.last)
            || (abbreviation && self.mark(run.last + 1) == Some('.') && !self.spaced(run.last + 1))
        {
            end += 1;
        }
        (start, end)
    }
}

/// The names of one sentence, with byte ranges local to it.
fn in_sentence(text: &str, vocabulary: &Vocabulary) -> Vec<Name> {
    let sentence = Sentence {
        text,
        tokens: tokenize(text),
        vocabulary,
    };
    let first = first_word(&sentence.tokens);
    let mut names = Vec::new();
    let mut i = 0;
    while i < sentence.tokens.len() {
        if let Some(name) = quoted_title(&sentence, i) {
            // A translation in brackets after a title (`"Volna" (Wave)`) is the same title.
            i = sentence.after_gloss(name.1).unwrap_or(name.1);
            names.push(name.0);
            continue;
        }
        if let Some(name) = year_led(&sentence, i) {
            i = name.1;
            names.push(name.0);
            continue;
        }
        let starts = sentence.is_name_word(i)
            || sentence
                .word(i)
                .is_some_and(|w| ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(w)));
        if !starts {
            i += 1;
            continue;
        }
        let mut run = sentence.run_from(i);
        let next = run.last + 1;
        let after_quote =
            i > 0 && matches!(sentence.mark(i - 1), Some('"' | '“' | '\'' | '‘' | ':'));
        if Some(i) == first || after_quote {
            run = match trim_sentence_start(&sentence, run) {
                Some(run) => run,
                None => {
                    // The first word alone was dropped: look again from the word after it.
                    i += 1;
                    continue;
                }
            };
        }
        if let Some(name) = judge(&sentence, body_of_office(&sentence, run)) {
            names.push(name);
        }
        i = next;
    }
    places_in_lists(text, &mut names);
    names
}

/// "in Moscow, Saint Petersburg, Rostov, and Tomsk": the preposition before a list governs every
/// item, so items with no evidence of their own are places like the first.
fn places_in_lists(text: &str, names: &mut [Name]) {
    let mut first = 0;
    for i in 1..names.len() {
        let gap = text[names[i - 1].end..names[i].start].trim();
        let listed = matches!(gap, "," | "and" | ", and" | "or" | ", or");
        if !listed {
            first = i;
            continue;
        }
        if names[first].kind == Some(EntityKind::Place) && !names[i].strong {
            names[i].kind = Some(EntityKind::Place);
        }
    }
    // "Helsingfors (Helsinki)": a name in brackets right after another is another name of it.
    for i in 1..names.len() {
        let gap = text[names[i - 1].end..names[i].start].trim();
        let closes = text[names[i].end..].trim_start().starts_with(')');
        if gap == "(" && closes && !names[i].strong {
            names[i].kind = names[i - 1].kind;
        }
    }
}

/// A sentence's first word is capitalised whatever it is: it stays in a name only if the text
/// capitalises it elsewhere too, and is never a function word or a word the text writes in
/// lowercase. Returns the run without it when it goes, or None if nothing is left.
fn trim_sentence_start(sentence: &Sentence, run: Run) -> Option<Run> {
    let word = bare(sentence.word(run.first)?);
    if sentence.is_initial(run.first) || is_acronym(word) {
        return Some(run);
    }
    let head_part = word.split('-').next().unwrap_or(word);
    let ordinary = FUNCTION_WORDS.contains(&word)
        || FUNCTION_WORDS.contains(&head_part)
        || ROLES.contains(&word.to_lowercase().as_str())
        || (sentence.vocabulary.writes_lowercase(word)
            && !sentence.vocabulary.capitalises_inside(word));
    if !ordinary {
        let single = run.first == run.last;
        let known = sentence.vocabulary.capitalises_inside(word);
        return (!single || known || acts_as_person(sentence, run.last)).then_some(run);
    }
    // Drop the word; what follows it must itself start a name.
    let next = run.first + 1;
    if next > run.last || !sentence.is_name_word(next) || !sentence.spaced(next) {
        return None;
    }
    Some(Run { first: next, ..run })
}

/// "Chairman of the Revolutionary Administrative Committee": an office in a body names the body.
/// An office of a bare head noun ("General Secretary of the Party") stays whole.
fn body_of_office(sentence: &Sentence, run: Run) -> Run {
    let Some(of) = (run.first..=run.last).find(|&i| sentence.word(i) == Some("of")) else {
        return run;
    };
    let offices = (run.first..of)
        .filter_map(|i| sentence.word(i))
        .all(|w| TITLES.contains(&bare(w)) || bare(w) == "vice");
    let mut body = of + 1;
    if sentence.word(body) == Some("the") {
        body += 1;
    }
    let body_run = Run { first: body, ..run };
    let names = sentence.name_words(&body_run);
    let bare_head = names.len() == 1 && head_kind(names[0]).is_some();
    if offices && body <= run.last && !names.is_empty() && !bare_head {
        body_run
    } else {
        run
    }
}

/// Whether the words after token `last` are what a person does: `X declared`, `X was
/// arrested`, `X's army`.
fn acts_as_person(sentence: &Sentence, last: usize) -> bool {
    let possessive = sentence.word(last).is_some_and(|w| bare(w) != w);
    let next = sentence.word(last + 1).unwrap_or_default();
    let next_after = sentence.word(last + 2).unwrap_or_default();
    if possessive {
        return PERSON_POSSESSIONS.contains(&next);
    }
    sentence.spaced(last + 1)
        && (PERSON_VERBS.contains(&next)
            || (matches!(next, "was" | "had" | "is" | "has")
                && PERSON_PARTICIPLES.contains(&next_after)))
}

/// Whether a run is a name, and of what kind.
fn judge(sentence: &Sentence, run: Run) -> Option<Name> {
    let words = sentence.words(&run);
    let names = sentence.name_words(&run);
    if words.len() > 12 || names.is_empty() {
        return None;
    }
    let ordinal_led = names.first().is_some_and(|w| {
        is_numeric_ordinal(w) || ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(w))
    });
    let head = head_of(&words);
    if ordinal_led && head.is_none() {
        return None; // "First" or "5th" before no head noun
    }
    // Nothing but months, adjectives, titles, ordinals: not a name.
    let plain = |w: &&str| {
        is_calendar_word(w)
            || is_adjective(w)
            || TITLES.contains(w)
            || is_numeric_ordinal(w)
            || ORDINALS.contains(w)
            || w.len() == 1
    };
    // A month before no head noun ("May Day") is a date's business; citation machinery
    // ("ISBN") names nothing.
    if head.is_none() && is_calendar_word(names[0]) {
        return None;
    }
    if names.iter().any(|w| CITATION_WORDS.contains(w)) {
        return None;
    }
    let office = names.len() > 1 && names.iter().all(|w| TITLES.contains(w) || *w == "People");
    if head.is_none() && !office && names.iter().all(plain) {
        // A plural of a faction ("Bolsheviks", "Trotskyists") names a group.
        let group = names.len() == 1
            && names[0]
                .strip_suffix('s')
                .is_some_and(|singular| is_adjective(singular) && !singular.ends_with('s'));
        if !group && !faction_member(sentence, &run) {
            return None;
        }
    }
    // A head noun alone ("Party", "Congress", "the Front") is not a name.
    if names.len() == 1 && !run.lowercase_head && head_kind(names[0]).is_some() {
        return None;
    }
    let (start, end) = sentence.span(&run);
    let (kind, strong) = kind_of(sentence, &run, &words, head);
    Some(Name {
        start,
        end,
        kind,
        strong,
    })
}

/// "became a Bolshevik", "a fellow Marxist who": a faction's word used as a noun names a member
/// of the faction, so the faction. Nationalities ("a Latvian") are left alone.
fn faction_member(sentence: &Sentence, run: &Run) -> bool {
    let Some(word) = sentence.word(run.first).map(bare) else {
        return false;
    };
    let faction = run.first == run.last
        && is_adjective(word)
        && ["ik", "ist", "ite"].iter().any(|s| word.ends_with(s));
    let article = (run.first.saturating_sub(2)..run.first)
        .filter_map(|i| sentence.word(i))
        .any(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
    let noun_follows = sentence.spaced(run.last + 1)
        && sentence.word(run.last + 1).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    w,
                    "who"
                        | "and"
                        | "or"
                        | "but"
                        | "in"
                        | "at"
                        | "from"
                        | "of"
                        | "since"
                        | "until"
                        | "with"
                        | "for"
                        | "to"
                        | "was"
                        | "is"
                        | "had"
                        | "has"
                )
        });
    faction && article && !noun_follows
}

/// The head noun of a name's words: the word before the first `of`/`for`, else the last word.
fn head_of(words: &[&str]) -> Option<EntityKind> {
    let before_of = words
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| head_kind(words[i]));
    before_of.or_else(|| words.last().and_then(|w| head_kind(w)))
}

/// The kind of a run from the evidence inside and around it, and whether the evidence is strong.
fn kind_of(
    sentence: &Sentence,
    run: &Run,
    words: &[&str],
    head: Option<EntityKind>,
) -> (Option<EntityKind>, bool) {
    if let Some(kind) = head {
        return (Some(kind), true);
    }
    let names = sentence.name_words(run);
    let first = names.first().copied().unwrap_or_default();
    // An office: titles alone, or titles before "of"/"for" ("General Secretary", "People's
    // Commissar for War").
    let before_complement: Vec<&str> = words
        .iter()
        .copied()
        .take_while(|w| !matches!(*w, "of" | "for"))
        .filter(|w| *w != "People")
        .collect();
    if !before_complement.is_empty() && before_complement.iter().all(|w| TITLES.contains(w)) {
        let complement = before_complement.len() < words.len();
        return (Some(EntityKind::Organisation), complement);
    }
    if names.len() == 1
        && (names[0].strip_suffix('s').is_some_and(is_adjective) || is_adjective(names[0]))
    {
        // "the Bolsheviks", "fellow Trotskyists": a faction's members are the faction.
        return (Some(EntityKind::Organisation), true);
    }
    if TITLES.contains(&first) && names.len() > 1 {
        return (Some(EntityKind::Person), true);
    }
    if names.iter().any(|w| is_patronymic(w)) {
        return (Some(EntityKind::Person), true);
    }
    // Words before: up to two lowercase words.
    let before: Vec<&str> = (run.first.saturating_sub(3)..run.first)
        .filter_map(|i| sentence.word(i))
        .collect();
    let last_before = before.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let last_before = last_before.as_str();
    let two_before = before.iter().rev().nth(1).copied().unwrap_or_default();
    if ROLES.contains(&last_before) || (last_before == "the" && ROLES.contains(&two_before)) {
        return (Some(EntityKind::Person), true);
    }
    if [
        "army",
        "forces",
        "troops",
        "government",
        "supporters",
        "followers",
    ]
    .contains(&two_before)
        && last_before == "of"
    {
        return (Some(EntityKind::Person), true);
    }
    if PLACE_PREPOSITIONS.contains(&last_before) && PLACE_VERBS.contains(&two_before) {
        return (Some(EntityKind::Place), true);
    }
    // The verb or relation before the name, past a "the": "take [the] X", "east of [the] X".
    let the = usize::from(last_before == "the");
    let word_before = |n: usize| {
        before
            .iter()
            .rev()
            .nth(n + the)
            .copied()
            .unwrap_or_default()
    };
    let lead_word = if the == 1 { two_before } else { last_before };
    let relation = if word_before(0) == "of" {
        word_before(1)
    } else {
        ""
    };
    if PLACE_RELATIONS.contains(&relation) {
        return (Some(EntityKind::Place), true);
    }
    // Words after.
    let after = run.last + 1;
    let possessive = sentence.word(run.last).is_some_and(|w| bare(w) != w);
    let next = sentence.word(after).unwrap_or_default();
    if acts_as_person(sentence, run.last) && !PLACE_PREPOSITIONS.contains(&last_before) {
        return (Some(EntityKind::Person), true);
    }
    if PLACE_PREFIXES.contains(&first) && names.len() > 1 {
        return (Some(EntityKind::Place), false);
    }
    if TAKING_VERBS.contains(&lead_word) || last_before == "modern" {
        return (Some(EntityKind::Place), false);
    }
    let last_name = names.last().copied().unwrap_or_default();
    let toponym = PLACE_ENDINGS
        .iter()
        .any(|e| last_name.len() > e.len() + 2 && last_name.ends_with(e));
    if toponym && !names.iter().any(|w| is_patronymic(w)) {
        return (Some(EntityKind::Place), false);
    }
    // "the Cheka", "the Urals": one word after "the" is a body or, in the plural, a range or
    // a region; hardly ever a person.
    if names.len() == 1 && last_before == "the" && !possessive {
        let plural = last_name.ends_with('s');
        let kind = if plural {
            EntityKind::Place
        } else {
            EntityKind::Organisation
        };
        return (Some(kind), false);
    }
    if possessive && next.starts_with(char::is_lowercase) {
        return (Some(EntityKind::Person), false);
    }
    if PLACE_PREPOSITIONS.contains(&last_before) {
        return (Some(EntityKind::Place), false);
    }
    if names.iter().all(|w| is_acronym(w)) {
        return (Some(EntityKind::Organisation), false);
    }
    if names.len() > 1 && words.len() == names.len() {
        return (Some(EntityKind::Person), false);
    }
    (None, false)
}

/// A year before a head noun: "the 1905 Revolution", "the 1936 show trial" (one other word may
/// come between). Returns the name and the token index after it.
fn year_led(sentence: &Sentence, i: usize) -> Option<(Name, usize)> {
    let year = sentence.word(i)?;
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value: u32 = year.parse().ok()?;
    if !(1000..=2100).contains(&value) {
        return None;
    }
    for last in [i + 1, i + 2] {
        if !(i + 1..=last).all(|j| sentence.spaced(j) && sentence.word(j).is_some()) {
            return None;
        }
        let word = bare(sentence.word(last)?);
        let kind = head_kind(word)
            .filter(|_| is_capitalised(word))
            .or_else(|| {
                LOWERCASE_HEADS
                    .contains(&word)
                    .then(|| head_kind(word))
                    .flatten()
            });
        if let Some(kind) = kind {
            let (start, end) = (sentence.start(i), sentence.start(last) + word.len());
            let name = Name {
                start,
                end,
                kind: Some(kind),
                strong: true,
            };
            return Some((name, last + 1));
        }
    }
    None
}

/// A Russian patronymic ("Nikitich", "Tenisovich", "Ivanovna").
fn is_patronymic(word: &str) -> bool {
    ["ovich", "evich", "ovna", "evna", "ichna", "inichna"]
        .iter()
        .any(|s| word.len() > s.len() + 2 && word.ends_with(s))
}

/// A title in quotation marks: `"Volna"`, `"The Declaration of 46"`. Every word is
/// capitalised but for connectors and numbers; a work, unless the noun before it names a body
/// ("publishing house", "group"). Returns the name and the token index after the closing quote.
fn quoted_title(sentence: &Sentence, i: usize) -> Option<(Name, usize)> {
    let open = sentence.mark(i)?;
    let close = match open {
        '"' => '"',
        '“' => '”',
        '«' => '»',
        '\'' => '\'',
        '‘' => '’',
        _ => return None,
    };
    let first = i + 1;
    let end = (first..sentence.tokens.len().min(first + 16))
        .find(|&j| sentence.mark(j) == Some(close))?;
    if end == first || !sentence.is_name_word(first) {
        return None;
    }
    const SMALL: &[&str] = &[
        "of", "the", "a", "an", "and", "to", "in", "for", "on", "at", "with", "from", "by",
        "against",
    ];
    let title_case = (first..end).all(|j| match sentence.word(j) {
        Some(w) => is_capitalised(w) || SMALL.contains(&w) || w.chars().all(|c| c.is_ascii_digit()),
        None => matches!(sentence.mark(j), Some('-' | '–' | ':' | '\'' | '’')),
    });
    let first_word = sentence.word(first).unwrap_or_default();
    let last_word = (first..end)
        .rev()
        .find_map(|j| sentence.word(j))
        .unwrap_or_default();
    if !title_case
        || (end == first + 1 && FUNCTION_WORDS.contains(&first_word))
        || FUNCTION_WORDS.contains(&last_word)
    {
        return None;
    }
    let body = (i.saturating_sub(2)..i)
        .filter_map(|j| sentence.word(j))
        .any(|w| {
            matches!(
                w,
                "house"
                    | "group"
                    | "society"
                    | "organisation"
                    | "organization"
                    | "circle"
                    | "union"
            )
        });
    let kind = if body {
        EntityKind::Organisation
    } else {
        EntityKind::Work
    };
    let (start, stop) = (sentence.start(first), sentence.end(end - 1));
    let text = &sentence.text[start..stop];
    Some((
        Name {
            start,
            end: start + text.trim_end_matches(['.', ',']).len(),
            kind: Some(kind),
            strong: true,
        },
        end + 1,
    ))
}

/// The names of a reference in the usual citation style: authors as `Surname, Given` before a
/// year or a `;`, the title after the year (or, in a short citation, before the page), the
/// place and publisher as `Place: Publisher`; the rest as prose.
pub fn find_in_reference(text: &str, vocabulary: &Vocabulary) -> Vec<Name> {
    let sentence = Sentence {
        text,
        tokens: tokenize(text),
        vocabulary,
    };
    let segments = segments(&sentence);
    let mut names: Vec<Name> = Vec::new();
    let mut after_year = false;
    let mut after_title = false;
    for (n, &(first, last)) in segments.iter().enumerate() {
        let mut authors = authors(&sentence, first, last);
        if n == 0 && authors.is_empty() {
            authors = dated_authors(&sentence, first, last);
        }
        let ends_in_paren = sentence.mark(last) == Some(')');
        let starts = sentence.word(first).unwrap_or_default();
        let machinery = starts.starts_with(|c: char| c.is_ascii_digit())
            || CITATION_WORDS.contains(&starts)
            || matches!(starts, "p" | "pp" | "in");
        let next_is_page = segments
            .get(n + 1)
            .and_then(|&(f, _)| sentence.word(f))
            .is_some_and(|w| matches!(w, "p" | "pp"));
        let quoted = matches!(sentence.mark(first), Some('"' | '“'));
        let colon = (first..=last)
            .find(|&i| sentence.mark(i) == Some(':'))
            .filter(|_| !quoted);
        // A publisher without a place: a short run of names between the title and the pages.
        let publisher = after_title
            && last - first < 4
            && colon.is_none()
            && (first..=last).all(|i| sentence.is_name_word(i) || sentence.mark(i) == Some('&'))
            && segments.get(n + 1).is_none_or(|&(f, _)| {
                sentence
                    .word(f)
                    .is_some_and(|w| matches!(w, "p" | "pp" | "ISBN"))
            });
        after_title = false;
        let lone_author = n == 0
            && last - first < 3
            && (first..=last).all(|i| {
                sentence.is_name_word(i) && !is_acronym(sentence.word(i).unwrap_or_default())
            });
        if !authors.is_empty() {
            names.extend(authors);
        } else if publisher {
            names.push(Name {
                start: sentence.start(first),
                end: sentence.end(last),
                kind: Some(EntityKind::Organisation),
                strong: true,
            });
        } else if lone_author {
            names.push(Name {
                start: sentence.start(first),
                end: sentence.end(last),
                kind: Some(EntityKind::Person),
                strong: true,
            });
        } else if machinery {
        } else if let (Some(colon), false) = (
            colon,
            after_year && n > 0 && colon_is_title(&sentence, first, last),
        ) {
            names.extend(place_and_publisher(&sentence, first, colon, last));
        } else if (after_year || (n == 1 && next_is_page)) && sentence.is_name_word(first) {
            let (start, end) = (sentence.start(first), sentence.end(last));
            let title = text[start..end].trim_matches(|c: char| c == '"' || c == '“' || c == '”');
            let start = start + text[start..end].find(title).unwrap_or(0);
            names.push(Name {
                start,
                end: start + title.len(),
                kind: Some(EntityKind::Work),
                strong: true,
            });
            after_year = false;
            after_title = true;
            continue;
        } else {
            let (start, end) = (sentence.start(first), sentence.end(last));
            let words = &text[start..end];
            names.extend(in_sentence(words, vocabulary).into_iter().map(|name| Name {
                start: start + name.start,
                end: start + name.end,
                ..name
            }));
        }
        after_year = ends_in_paren;
    }
    // An abbreviation's full stop ends a segment but belongs to the name ("Yale U.P.").
    for name in &mut names {
        let last_word = text[name.start..name.end]
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        let abbreviation =
            last_word.contains('.') || matches!(last_word, "Inc" | "Ltd" | "Co" | "Jr" | "Sr");
        if abbreviation && !last_word.ends_with('.') && text[name.end..].starts_with('.') {
            name.end += 1;
        }
    }
    names
}

/// A short citation's authors: `Surname & Surname 1974`, `Surname and Surname 1974`.
fn dated_authors(sentence: &Sentence, first: usize, last: usize) -> Vec<Name> {
    let mut names = Vec::new();
    let mut i = first;
    while i <= last
        && sentence.is_name_word(i)
        && !is_numeric_ordinal(sentence.word(i).unwrap_or_default())
    {
        names.push(Name {
            start: sentence.start(i),
            end: sentence.end(i),
            kind: Some(EntityKind::Person),
            strong: true,
        });
        let joined = sentence.mark(i + 1) == Some('&') || sentence.word(i + 1) == Some("and");
        if !joined {
            break;
        }
        i += 2;
    }
    let year = sentence
        .word(i + 1)
        .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    if names.len() >= 2 && year {
        names
    } else {
        Vec::new()
    }
}

/// A title may hold a colon ("Stalin: An Appraisal"); a place and publisher is short.
fn colon_is_title(sentence: &Sentence, first: usize, last: usize) -> bool {
    (first..=last)
        .filter(|&i| sentence.word(i).is_some())
        .count()
        > 10
}

/// A reference's segments: token ranges between full stops that end a phrase (not an
/// initial's), each closing bracket's stop included.
fn segments(sentence: &Sentence) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 0..sentence.tokens.len() {
        let stop = sentence.mark(i) == Some('.')
            && (i + 1 == sentence.tokens.len() || sentence.spaced(i + 1))
            && !(i > 0 && sentence.is_initial(i - 1));
        if stop {
            if i > first {
                out.push((first, i - 1));
            }
            first = i + 1;
        }
    }
    if first < sentence.tokens.len() {
        out.push((first, sentence.tokens.len() - 1));
    }
    out
}

/// `Surname, Given [Initial.]` names, separated by `;` and ending before `(` or the segment's
/// end, when the whole segment is such a list (with a year or `(eds.)` after it).
fn authors(sentence: &Sentence, first: usize, last: usize) -> Vec<Name> {
    let mut names = Vec::new();
    let mut i = first;
    loop {
        let Some(surname) = sentence.word(i).filter(|w| is_capitalised(w)) else {
            return Vec::new();
        };
        if sentence.mark(i + 1) != Some(',') || !sentence.is_name_word(i + 2) {
            return Vec::new();
        }
        let mut end = i + 2;
        while end < last && (sentence.is_name_word(end + 1) || sentence.mark(end + 1) == Some('.'))
        {
            end += 1;
        }
        let _ = surname;
        names.push(Name {
            start: sentence.start(i),
            end: sentence.end(end),
            kind: Some(EntityKind::Person),
            strong: true,
        });
        match sentence.mark(end + 1) {
            Some(';') => i = end + 2,
            Some('(') => return names,
            _ if end >= last => return names,
            _ => return Vec::new(),
        }
        if i > last {
            return names;
        }
    }
}

/// `London: George Allen & Unwin`, `London: NLB (New Left Books)`.
fn place_and_publisher(sentence: &Sentence, first: usize, colon: usize, last: usize) -> Vec<Name> {
    let mut names = Vec::new();
    let mut place = colon;
    while place > first && colon - place < 3 && sentence.is_name_word(place - 1) {
        place -= 1;
    }
    if place > first {
        let (start, end) = (sentence.start(first), sentence.end(place - 1));
        names.extend(
            in_sentence(&sentence.text[start..end], sentence.vocabulary)
                .into_iter()
                .map(|name| Name {
                    start: start + name.start,
                    end: start + name.end,
                    ..name
                }),
        );
    }
    if place < colon {
        names.push(Name {
            start: sentence.start(place),
            end: sentence.end(colon - 1),
            kind: Some(EntityKind::Place),
            strong: true,
        });
    }
    let mut end = last;
    // A year or a bracket closes the publisher.
    if let Some(i) = (colon + 1..=last).find(|&i| {
        sentence.mark(i) == Some('(')
            || sentence
                .word(i)
                .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
    }) {
        end = i.saturating_sub(1);
        if sentence.mark(i) == Some('(') {
            if let Some(close) = (i + 1..=last).find(|&j| sentence.mark(j) == Some(')')) {
                let dated = (i + 1..close).any(|j| {
                    sentence
                        .word(j)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                });
                if close > i + 1 && sentence.is_name_word(i + 1) && !dated {
                    names.push(Name {
                        start: sentence.start(i + 1),
                        end: sentence.end(close - 1),
                        kind: Some(EntityKind::Organisation),
                        strong: true,
                    });
                }
            }
        }
    }
    if colon < end && sentence.is_name_word(colon + 1) {
        names.push(Name {
            start: sentence.start(colon + 1),
            end: sentence.end(end),
            kind: Some(EntityKind::Organisation),
            strong: true,
        });
    }
    names.sort_by_key(|n| n.start);
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds the names of `text` (its own vocabulary) and writes each as `[words|kind]`, with
    /// `?` after a guessed kind and `-` for no kind.
    fn check(text: &str, expected: &str) {
        let sentences = crate::sentences::sentences(text);
        let vocabulary = Vocabulary::of(text, &sentences);
        let names = find_names(text, &sentences, &vocabulary);
        assert_eq!(render(text, &names), expected, "\ninput: {text}");
    }

    /// Like `check`, for a reference.
    fn check_reference(text: &str, expected: &str) {
        let vocabulary = Vocabulary::of(text, &[(0, text.len())]);
        let names = find_in_reference(text, &vocabulary);
        assert_eq!(render(text, &names), expected, "\ninput: {text}");
    }

    fn render(text: &str, names: &[Name]) -> String {
        let mut out = String::new();
        let mut at = 0;
        for name in names {
            out.push_str(&text[at..name.start]);
            let kind = name.kind.map_or("-", EntityKind::label);
            let guess = if name.strong || name.kind.is_none() {
                ""
            } else {
                "?"
            };
            out.push_str(&format!("[{}|{kind}{guess}]", &text[name.start..name.end]));
            at = name.end;
        }
        out.push_str(&text[at..]);
        out
    }

    #[test]
    fn runs_of_capitalised_words_with_connectors() {
        check(
            "He met Anna Petrovna Volkova and General Pavel von Richter-Hall in Tula.",
            "He met [Anna Petrovna Volkova|person] and [General Pavel von Richter-Hall|person] in [Tula|place?].",
        );
        check(
            "She sat on the Revolutionary Council of the Northern Front and the Bureau for Foreign Trade.",
            "She sat on the [Revolutionary Council of the Northern Front|organisation] and the [Bureau for Foreign Trade|organisation].",
        );
        check(
            "His wife, B. K. Orlova, was born in Kursk Governorate.",
            "His wife, [B. K. Orlova|person], was born in [Kursk Governorate|place].",
        );
        check(
            "He joined the People's Commissariat for Roads and Canals in 1920.",
            "He joined the [People's Commissariat for Roads and Canals|organisation] in 1920.",
        );
    }

    #[test]
    fn ordinals_and_lowercase_heads() {
        check(
            "He served in the 9th Army and spoke at the Twelfth party congress.",
            "He served in the [9th Army|organisation] and spoke at the [Twelfth party congress|event].",
        );
        check(
            "The Orlov government fell during the Petrov affair.",
            "The [Orlov government|organisation] fell during the [Petrov affair|event].",
        );
        check(
            "He came first in the 5th round.",
            "He came first in the 5th round.",
        );
    }

    #[test]
    fn quoted_titles_are_works_or_bodies() {
        check(
            "He signed \"The Letter of the Nine\" and ran the publishing house \"Zarya\" (Dawn).",
            "He signed \"[The Letter of the Nine|work]\" and ran the publishing house \"[Zarya|organisation]\" (Dawn).",
        );
        check(
            "They called him a \"fake economic leader.\"",
            "They called him a \"fake economic leader.\"",
        );
    }

    #[test]
    fn a_list_after_a_preposition_is_of_places() {
        check(
            "He worked in Tula, Upper Volok, Orsk, and Kem with Ivan Orlov and the Central Committee.",
            "He worked in [Tula|place?], [Upper Volok|place?], [Orsk|place?], and [Kem|place?] with [Ivan Orlov|person?] and the [Central Committee|organisation].",
        );
    }

    #[test]
    fn places_from_their_endings_and_relations() {
        check(
            "They failed to take Kovno and reached the outskirts of Dvinsk, east of the Ardennes. \
             Orlov stayed in Reval (Tallinn) and lost Zlatograd. The Okhrana watched.",
            "They failed to take [Kovno|place?] and reached the outskirts of [Dvinsk|place], east of the [Ardennes|place]. \
             Orlov stayed in [Reval|place?] ([Tallinn|place?]) and lost [Zlatograd|place?]. The [Okhrana|organisation?] watched.",
        );
    }

    #[test]
    fn brackets_and_factions() {
        // A party's faction in brackets is part of its name; a faction's members are a group.
        check(
            "He sat on the Central Committee of the Social Democratic Labour Party (Mensheviks) with fellow Mensheviks.",
            "He sat on the [Central Committee of the Social Democratic Labour Party (Mensheviks)|organisation] with fellow [Mensheviks|organisation].",
        );
        check(
            "He became a Menshevik. A fellow Menshevik who knew him was a Latvian. Menshevik leaders met.",
            "He became a [Menshevik|organisation]. A fellow [Menshevik|organisation] who knew him was a Latvian. Menshevik leaders met.",
        );
    }

    #[test]
    fn what_is_never_a_name() {
        // Sentence-initial ordinary words, months, adjectives, a head noun alone, titles alone.
        check(
            "In March, the Russian and Soviet press attacked the Party. After that the Congress met.",
            "In March, the Russian and Soviet press attacked the Party. After that the Congress met.",
        );
        check(
            "Their Trotskyist friends met a former Colonel on Monday.",
            "Their Trotskyist friends met a former Colonel on Monday.",
        );
        check(
            "A Latvian Bolshevik leader left. Bolshevik leaders stayed.",
            "A Latvian Bolshevik leader left. Bolshevik leaders stayed.",
        );
    }

    #[test]
    fn sentence_starts_follow_the_text() {
        // "Volkov" is capitalised mid-sentence elsewhere, so it is a name at a sentence's start;
        // "Historian" is written in lowercase elsewhere, so it is not part of the name.
        check(
            "Volkov left. The historian agreed with Volkov. Historian Ilya Sorin disagreed.",
            "[Volkov|-] left. The historian agreed with [Volkov|-]. Historian [Ilya Sorin|person] disagreed.",
        );
        check("Freed at last, he wept.", "Freed at last, he wept.");
    }

    #[test]
    fn context_gives_the_kind() {
        check(
            "He was deported to Narym. Kolokol declared war. The army of Semyonov fled. Denisov's army fled.",
            "He was deported to [Narym|place]. [Kolokol|person] declared war. The army of [Semyonov|person] fled. [Denisov|person]'s army fled.",
        );
        check(
            "They moved to New Ulm and joined the NKPS.",
            "They moved to [New Ulm|place] and joined the [NKPS|organisation?].",
        );
    }

    #[test]
    fn references_in_citation_style() {
        check_reference(
            "Petrov, Ilya; Sorina, Anna K. (1971). Lives of the Commissars. Oxford: Clarendon Press. p. 12. ISBN 0-19-821234-5.",
            "[Petrov, Ilya|person]; [Sorina, Anna K.|person] (1971). [Lives of the Commissars|work]. [Oxford|place]: [Clarendon Press|organisation]. p. 12. ISBN 0-19-821234-5.",
        );
        check_reference(
            "Sorina. Lives of the Commissars. p. 40.",
            "[Sorina|person]. [Lives of the Commissars|work]. p. 40.",
        );
        check_reference(
            "Orlov, Pavel (1969). Memoirs, volume 2. Falcon Books. pp. 10–12.",
            "[Orlov, Pavel|person] (1969). [Memoirs, volume 2|work]. [Falcon Books|organisation]. pp. 10–12.",
        );
        check_reference(
            "Petrov & Sorina 1971, p. 12.",
            "[Petrov|person] & [Sorina|person] 1971, p. 12.",
        );
        check_reference(
            "Kazan: Volga U.P. p. 95.",
            "[Kazan|place]: [Volga U.P.|organisation] p. 95.",
        );
        check_reference(
            "Leningrad: NKP (People's Commissariat of Posts) 1930. p. 7.",
            "[Leningrad|place]: [NKP|organisation] ([People's Commissariat of Posts|organisation]) 1930. p. 7.",
        );
    }

    #[test]
    fn bad_input_never_panics_nor_makes_long_names() {
        let shouting = "THE LIFE AND TIMES OF A VERY LOUD MAN WHO WROTE IN CAPITALS.";
        check(shouting, shouting);
        let long = "Word ".repeat(10_000);
        let sentences = crate::sentences::sentences(&long);
        let vocabulary = Vocabulary::of(&long, &sentences);
        for name in find_names(&long, &sentences, &vocabulary) {
            assert!(long[name.start..name.end].split_whitespace().count() <= 12);
        }
        check("", "");
        check("\"", "\"");
        check(
            "“Unclosed Quote and more",
            "“[Unclosed Quote|person?] and more",
        );
    }
}
