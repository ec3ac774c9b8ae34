//! The corpus compiler: reads every file of `seeds/` and builds the annotated, cross-referenced `Corpus`.

use std::collections::HashMap;
use std::path::Path;

use crate::dates::{self, Narrative};
use crate::diagnostic::Diagnostic;
use crate::discover;
use crate::editorial::{self, ArticleData, Facts, Glossary, KindName};
use crate::links;
use crate::mentions::{self, Matcher, Recency};
use crate::model::*;
use crate::period;
use crate::seed;
use crate::sentences::{sentences, CITATION_NEEDED};

/// One file of the seeds folder, by name (`ivar-smilga.txt`), with its bytes.
#[derive(Clone)]
pub struct SeedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The variable that names another seeds folder than the repository's.
pub const SEEDS_VARIABLE: &str = "PARALLEL_LIVES_SEEDS";

/// The seeds folder: the one `PARALLEL_LIVES_SEEDS` names, else the repository's `seeds/`.
pub fn seeds_dir() -> std::path::PathBuf {
    match std::env::var_os(SEEDS_VARIABLE) {
        Some(dir) => dir.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds"),
    }
}

pub const GLOSSARY: &str = "glossary.toml";
pub const FACTS: &str = "facts.toml";

/// Reads and compiles a seeds folder. Files other than `.txt` and `.toml` are ignored.
pub fn compile_dir(dir: &Path) -> Result<Corpus, Vec<Diagnostic>> {
    compile(read_dir(dir)?)
}

/// Reads the `.txt` and `.toml` files of a seeds folder.
pub fn read_dir(dir: &Path) -> Result<Vec<SeedFile>, Vec<Diagnostic>> {
    let display = |name: &str| format!("seeds/{name}");
    let entries = std::fs::read_dir(dir).map_err(|e| {
        vec![Diagnostic::file(
            &dir.display().to_string(),
            format!("cannot read the seeds folder: {e}"),
        )]
    })?;
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.ends_with(".txt") || name.ends_with(".toml")) {
            continue;
        }
        // A file far too big to be a seed is not even read.
        if let Some(len) = entry
            .metadata()
            .ok()
            .map(|m| m.len())
            .filter(|&len| len > seed::MAX_SEED_BYTES as u64)
        {
            errors.push(seed::too_big(&display(&name), len));
            continue;
        }
        match std::fs::read(entry.path()) {
            Ok(bytes) => files.push(SeedFile { name, bytes }),
            Err(e) => errors.push(Diagnostic::file(
                &display(&name),
                format!("cannot read: {e}"),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(files)
}

/// How to compile.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Find names the glossary does not list (off only to measure the finder against the
    /// glossary alone).
    pub find_names: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { find_names: true }
    }
}

/// Compiles in-memory seed files into a corpus, or every problem found, each with its place.
pub fn compile(files: Vec<SeedFile>) -> Result<Corpus, Vec<Diagnostic>> {
    compile_with(files, Options::default())
}

/// `compile`, with options.
pub fn compile_with(mut files: Vec<SeedFile>, options: Options) -> Result<Corpus, Vec<Diagnostic>> {
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut errors = Vec::new();
    let text_of = |file: &SeedFile, errors: &mut Vec<Diagnostic>| -> Option<String> {
        let path = format!("seeds/{}", file.name);
        if file.name.ends_with(".toml") && file.bytes.iter().all(u8::is_ascii_whitespace) {
            return Some(String::new());
        }
        match seed::decode(&path, &file.bytes) {
            Ok(text) => Some(text.to_string()),
            Err(d) => {
                errors.push(d);
                None
            }
        }
    };

    let find = |name: &str| files.iter().find(|f| f.name == name);
    let glossary_source = find(GLOSSARY)
        .and_then(|f| text_of(f, &mut errors))
        .unwrap_or_default();
    let facts_source = find(FACTS)
        .and_then(|f| text_of(f, &mut errors))
        .unwrap_or_default();
    let glossary: Glossary = editorial::parse(&format!("seeds/{GLOSSARY}"), &glossary_source)
        .unwrap_or_else(|d| {
            errors.push(d);
            Glossary::default()
        });
    let facts: Facts =
        editorial::parse(&format!("seeds/{FACTS}"), &facts_source).unwrap_or_else(|d| {
            errors.push(d);
            Facts::default()
        });
    let (entities, entries) = entities(&glossary, &glossary_source, &mut errors);
    let matcher = Matcher::new(&entries);

    // Articles: every `<slug>.txt`, with its optional `<slug>.toml`.
    let mut sources = Vec::new();
    let seed_files: Vec<&SeedFile> = files.iter().filter(|f| f.name.ends_with(".txt")).collect();
    let mut unread = 0;
    for file in &seed_files {
        let slug = file.name.trim_end_matches(".txt");
        let path = format!("seeds/{}", file.name);
        if let Some(message) = slug_problem(slug, &seed_files) {
            errors.push(Diagnostic::file(&path, message));
            unread += 1;
            continue;
        }
        let Some(text) = text_of(file, &mut errors) else {
            unread += 1;
            continue;
        };
        let data_name = format!("{slug}.toml");
        let data_source = find(&data_name)
            .and_then(|f| text_of(f, &mut errors))
            .unwrap_or_default();
        sources.push((slug.to_string(), text, data_name, data_source));
    }
    for file in files.iter().filter(|f| f.name.ends_with(".toml")) {
        let stem = file.name.trim_end_matches(".toml");
        if file.name != GLOSSARY
            && file.name != FACTS
            && !files.iter().any(|f| f.name == format!("{stem}.txt"))
        {
            errors.push(Diagnostic::file(
                &format!("seeds/{}", file.name),
                format!("no seed text `{stem}.txt` for this data file (data files are named after their seed)"),
            ));
        }
    }
    if sources.is_empty() && errors.is_empty() {
        errors.push(Diagnostic::file(
            "seeds/",
            "no seed texts (`<slug>.txt`) found",
        ));
    }

    let mut corpus = Corpus {
        entities,
        ..Corpus::default()
    };
    // Each article's data file and shape first, so that the names pass sees every article.
    let mut parsed = Vec::new();
    for (slug, text, data_name, data_source) in &sources {
        let data_path = format!("seeds/{data_name}");
        let data: ArticleData = match editorial::parse(&data_path, data_source) {
            Ok(data) => data,
            Err(d) => {
                errors.push(d);
                unread += 1;
                continue;
            }
        };
        let shape = match seed::parse(
            &format!("seeds/{slug}.txt"),
            text,
            &data,
            &data_path,
            data_source,
        ) {
            Ok(shape) => shape,
            Err(ds) => {
                errors.extend(ds);
                unread += 1;
                continue;
            }
        };
        let subject = data.subject.as_ref().and_then(|s| {
            let found = corpus.entities.iter().position(|e| &e.key == s.get_ref());
            if found.is_none() {
                errors.push(Diagnostic::at(
                    &data_path,
                    data_source,
                    s.span().start,
                    format!("subject {:?} is not an id in seeds/{GLOSSARY}", s.get_ref()),
                ));
            }
            found.map(|i| i as EntityId)
        });
        parsed.push((slug, text, data, shape, subject));
    }
    let discovered = {
        let sources: Vec<discover::Source> = parsed
            .iter()
            .map(|(_, text, _, shape, subject)| discover::Source {
                text,
                shape,
                subject: *subject,
            })
            .collect();
        let aliases: Vec<Vec<String>> = entries.iter().map(|e| e.aliases.clone()).collect();
        discover::discover(
            &sources,
            &matcher,
            &corpus.entities,
            &aliases,
            options.find_names,
        )
    };
    corpus.entities.extend(discovered.entities);
    let mut seeds = Vec::new();
    let mut seed_paths = Vec::new();
    for ((slug, text, data, shape, _), names) in parsed.iter().zip(&discovered.articles) {
        let id = corpus.articles.len() as ArticleId;
        let article = build_article(
            &mut corpus,
            &matcher,
            id,
            slug,
            text,
            shape,
            data,
            names,
            &facts,
        );
        corpus.articles.push(article);
        seeds.push(text.as_str());
        seed_paths.push(format!("seeds/{slug}.txt"));
    }
    // With a seed unread, an alias used only there would be reported for nothing.
    if unread == 0 {
        let named: Vec<(&str, &str)> = seed_paths
            .iter()
            .map(String::as_str)
            .zip(seeds.iter().copied())
            .collect();
        check_aliases_occur(&glossary, &glossary_source, &named, &mut errors);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    set_mention_dates(&mut corpus);
    links::link(&mut corpus, &seeds, &facts);
    crate::markers::place_markers(&mut corpus);
    period::set_meanwhile(&mut corpus);
    Ok(corpus)
}

/// Why a seed's file stem cannot be its slug, if it cannot. A slug is lowercase ASCII words
/// joined by single hyphens (what `slugify` makes). A stem that slugifies to another seed's
/// stem (`A.txt` and `a.txt`, `Ivar Smilga.txt` and `ivar-smilga.txt`) is a duplicate slug:
/// both files would be the article at the same URL.
fn slug_problem(stem: &str, seed_files: &[&SeedFile]) -> Option<String> {
    let slug = slugify(stem);
    if stem == slug {
        return None;
    }
    let taken = !slug.is_empty() && seed_files.iter().any(|f| f.name == format!("{slug}.txt"));
    Some(if taken {
        format!("duplicate slug: seeds/{slug}.txt already names the article /{slug}; rename or remove one of them")
    } else {
        format!(
            "a seed's file name is its URL: use lowercase letters, digits and hyphens, e.g. `{}.txt`",
            if slug.is_empty() { "ivar-smilga" } else { &slug }
        )
    })
}

/// The glossary as model entities, plus what the annotator needs of each.
fn entities(
    glossary: &Glossary,
    source: &str,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Entity>, Vec<mentions::Entry>) {
    let file = format!("seeds/{GLOSSARY}");
    let mut index: HashMap<&str, EntityId> = HashMap::new();
    for (i, entry) in glossary.entities.iter().enumerate() {
        if index.insert(entry.id.get_ref(), i as EntityId).is_some() {
            errors.push(Diagnostic::at(
                &file,
                source,
                entry.id.span().start,
                format!("duplicate id {:?}", entry.id.get_ref()),
            ));
        }
    }
    let mut entities = Vec::new();
    for entry in &glossary.entities {
        let start = glossary_date(&entry.start, &file, source, errors);
        let end = glossary_date(&entry.end, &file, source, errors);
        entities.push(Entity {
            key: entry.id.get_ref().clone(),
            name: entry.name.get_ref().clone(),
            kind: match entry.kind {
                KindName::Person => EntityKind::Person,
                KindName::Place => EntityKind::Place,
                KindName::Organisation => EntityKind::Organisation,
                KindName::Event => EntityKind::Event,
                KindName::Work => EntityKind::Work,
            },
            description: entry.description.clone(),
            start,
            end,
            joins: entry.joins.unwrap_or(matches!(entry.kind, KindName::Event)),
            ..Entity::default()
        });
        if let (Some(s), Some(e), Some(stated_start), Some(stated_end)) =
            (start, end, &entry.start, &entry.end)
        {
            if e.last < s.first {
                errors.push(Diagnostic::at(
                    &file,
                    source,
                    stated_end.span().start,
                    format!(
                        "end {:?} is before start {:?}: an entry cannot end before it begins",
                        stated_end.get_ref(),
                        stated_start.get_ref()
                    ),
                ));
            }
        }
    }
    let mut entries = Vec::new();
    for entry in &glossary.entities {
        let related = entry
            .related
            .iter()
            .filter_map(|r| {
                let found = index.get(r.get_ref().as_str()).copied();
                if found.is_none() {
                    errors.push(Diagnostic::at(
                        &file,
                        source,
                        r.span().start,
                        format!("related id {:?} is not in the glossary", r.get_ref()),
                    ));
                }
                found
            })
            .collect();
        let mut aliases = vec![entry.name.get_ref().clone()];
        aliases.extend(entry.aliases.iter().map(|a| a.get_ref().clone()));
        entries.push(mentions::Entry { aliases, related });
    }
    (entities, entries)
}

fn glossary_date(
    value: &Option<toml::Spanned<String>>,
    file: &str,
    source: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<DateSpan> {
    let value = value.as_ref()?;
    let parsed = dates::parse_iso(value.get_ref());
    if parsed.is_none() {
        errors.push(Diagnostic::at(
            file,
            source,
            value.span().start,
            format!(
                "{:?} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists",
                value.get_ref()
            ),
        ));
    }
    parsed
}

/// An explicit alias that matches nothing is a mistake in the glossary (a typo, or a stale
/// entry): it must occur in some seed as a whole word. `seeds` are `(path, text)` pairs.
fn check_aliases_occur(
    glossary: &Glossary,
    source: &str,
    seeds: &[(&str, &str)],
    errors: &mut Vec<Diagnostic>,
) {
    for entry in &glossary.entities {
        for alias in &entry.aliases {
            let words = alias.get_ref().as_str();
            let name = format!("alias {words:?} of {:?}", entry.id.get_ref());
            let message = if words.trim().is_empty() {
                format!("{name} is empty")
            } else if seeds
                .iter()
                .any(|(_, seed)| mentions::occurs_as_word(seed, words))
            {
                continue;
            } else {
                let inside = seeds.iter().find_map(|(path, seed)| {
                    let at = Diagnostic::at(path, seed, seed.find(words)?, "");
                    Some(format!("{}:{}:{}", at.file, at.line, at.col))
                });
                match inside {
                    Some(at) => format!(
                        "{name} occurs in no seed as a whole word, only inside longer words (first at {at})"
                    ),
                    None => format!("{name} occurs in no seed"),
                }
            };
            errors.push(Diagnostic::at(
                &format!("seeds/{GLOSSARY}"),
                source,
                alias.span().start,
                message,
            ));
        }
    }
}

/// Sets `Mention::when`: the first date of the mention's sentence, else the last date read
/// before it in the same article's body (quotations included, references and infobox not).
fn set_mention_dates(corpus: &mut Corpus) {
    for article in &corpus.articles {
        let mut last: Option<DateSpan> = None;
        for paragraph in article.sections.iter().flat_map(|s| &s.paragraphs) {
            for sentence in &paragraph.sentences {
                let inside =
                    |m: &&Mark| m.span.start >= sentence.start && m.span.start < sentence.end;
                let marks: Vec<&Mark> = paragraph.text.marks.iter().filter(inside).collect();
                let stated = marks.iter().find_map(|m| match m.kind {
                    MarkKind::Date(d) => Some(corpus.dates[d as usize].when),
                    _ => None,
                });
                let narrow = |d: &DateSpan| period::sets_the_time(d);
                let when = stated.filter(narrow).or(last);
                for mark in &marks {
                    if let MarkKind::Mention(m) = mark.kind {
                        corpus.mentions[m as usize].when = when;
                    }
                }
                if let Some(date) = marks.iter().rev().find_map(|m| match m.kind {
                    MarkKind::Date(d) => Some(corpus.dates[d as usize].when),
                    _ => None,
                }) {
                    if narrow(&date) {
                        last = Some(date);
                    }
                }
            }
        }
    }
}

/// Lowercase ASCII words joined by hyphens: "Political life" -> "political-life".
pub fn slugify(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Ids the page itself uses, which a section must not take.
const RESERVED_IDS: [&str; 5] = ["lead", "infobox", "references", "main", "contents"];

/// Reads one article: texts, sentences, mentions, dates and markers.
#[allow(clippy::too_many_arguments)]
fn build_article(
    corpus: &mut Corpus,
    matcher: &Matcher,
    id: ArticleId,
    slug: &str,
    text: &str,
    shape: &seed::Shape,
    data: &ArticleData,
    names: &discover::ArticleNames,
    facts: &Facts,
) -> Article {
    let mut recency = Recency::default();
    let subject = names.subject;
    let mut reader = Reader {
        corpus,
        matcher,
        article: id,
        seed: text,
        recency: &mut recency,
        names,
    };
    let mut article = Article {
        slug: slug.to_string(),
        title: data
            .title
            .clone()
            .or_else(|| shape.title.clone())
            .unwrap_or_else(|| slug.to_string()),
        subject,
        native_name: names.native_name.clone(),
        ..Article::default()
    };

    for (index, field) in shape.infobox.iter().enumerate() {
        let holder = Holder::Infobox(u16::try_from(index).unwrap_or(u16::MAX));
        let (value, _) = reader.text(field.value, None, holder, &mut Narrative::default());
        article.infobox.push(InfoboxField {
            key: field.key.clone(),
            value,
        });
    }

    let mut narrative = Narrative::default();
    let mut used_ids: Vec<String> = Vec::new();
    for (index, raw) in shape.sections.iter().enumerate() {
        let mut section_id = if raw.title.is_empty() && index == 0 {
            "lead".to_string()
        } else {
            slugify(&raw.title)
        };
        if section_id.is_empty()
            || (RESERVED_IDS.contains(&section_id.as_str())
                && !(index == 0 && raw.title.is_empty()))
        {
            section_id = format!("section-{}", index + 1);
        }
        let base = section_id.clone();
        let mut n = 2;
        while used_ids.contains(&section_id) {
            section_id = format!("{base}-{n}");
            n += 1;
        }
        used_ids.push(section_id.clone());
        // A dated heading ("Revolution of 1917") dates the narrative below it.
        dates::find_dates(&raw.title, &mut narrative);
        let mut section = Section {
            id: section_id.clone(),
            title: raw.title.clone(),
            paragraphs: Vec::new(),
        };
        for (p, block) in raw.blocks.iter().enumerate() {
            let paragraph_id = format!("{section_id}-p{}", p + 1);
            let local = sentences(&text[block.start..block.end]);
            let (text, sentence_spans) = reader.text(
                (block.start, block.end),
                Some(&local),
                Holder::Paragraph(paragraph_id.clone()),
                &mut narrative,
            );
            section.paragraphs.push(Paragraph {
                id: paragraph_id,
                block: block.block,
                source: block.source.clone(),
                text,
                sentences: sentence_spans,
            });
        }
        article.sections.push(section);
    }

    for (n, &range) in shape.references.iter().enumerate() {
        let reference_id = format!("ref-{}", n + 1);
        let holder = Holder::Reference(reference_id.clone());
        let (text, _) = reader.text(range, None, holder, &mut Narrative::default());
        article.references.push(Reference {
            id: reference_id,
            text,
        });
    }

    article.summary = summary(&article);
    let life = |which: editorial::Life| {
        facts
            .facts
            .iter()
            .filter(|f| f.life == Some(which))
            .find_map(|fact| {
                let key = fact.infobox.as_deref()?;
                let field = article.infobox.iter().find(|f| f.key == key)?;
                field.value.marks.iter().find_map(|m| match m.kind {
                    MarkKind::Date(d) => Some(reader.corpus.dates[d as usize].when),
                    _ => None,
                })
            })
    };
    let subject_entity = subject.map(|s| reader.corpus.entities[s as usize].clone());
    article.born = life(editorial::Life::Start)
        .or(names.born)
        .or(subject_entity.as_ref().and_then(|e| e.start));
    article.died = life(editorial::Life::End)
        .or(names.died)
        .or(subject_entity.as_ref().and_then(|e| e.end));
    article
}

/// The first sentence of the article's first paragraph, without its first parenthesis.
fn summary(article: &Article) -> String {
    let Some(paragraph) = article.sections.iter().flat_map(|s| &s.paragraphs).next() else {
        return String::new();
    };
    let first = paragraph
        .sentences
        .first()
        .map_or(paragraph.text.text.as_str(), |s| {
            &paragraph.text.text[s.start as usize..s.end as usize]
        });
    let without = match (first.find(" ("), first.find(')')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{}", &first[..open], &first[close + 1..])
        }
        _ => first.to_string(),
    };
    without.replace(CITATION_NEEDED, "")
}

/// Annotates texts of one article in reading order, adding mentions and dates to the corpus.
struct Reader<'a> {
    corpus: &'a mut Corpus,
    matcher: &'a Matcher,
    article: ArticleId,
    seed: &'a str,
    recency: &'a mut Recency,
    /// What the names pass found in this article.
    names: &'a discover::ArticleNames,
}

impl Reader<'_> {
    /// Builds the annotated `Text` for `range` of the seed. `sentences` (local) defaults to the
    /// whole range as one sentence. Returns the text and its sentence spans.
    fn text(
        &mut self,
        (start, end): (usize, usize),
        sentences: Option<&[(usize, usize)]>,
        holder: Holder,
        narrative: &mut Narrative,
    ) -> (Text, Vec<Span>) {
        let local = &self.seed[start..end];
        let whole = [(0, local.len())];
        let sentences = sentences.unwrap_or(&whole);
        let place = |s: usize, e: usize| Place {
            article: self.article,
            holder: holder.clone(),
            span: Span::new(start + s, start + e),
        };

        let mut marks: Vec<Mark> = Vec::new();
        let replaced = |s: usize, e: usize| self.names.replaced.contains(&(start + s, start + e));
        let mut annotations: Vec<(usize, usize, EntityId)> = self
            .matcher
            .annotate(local, sentences, self.recency)
            .into_iter()
            .filter(|&(s, e, _)| !replaced(s, e))
            .collect();
        annotations.extend(
            self.names
                .mentions
                .iter()
                .filter(|&&(s, e, _)| start <= s && e <= end)
                .map(|&(s, e, entity)| (s - start, e - start, entity)),
        );
        annotations.sort_unstable();
        annotations.dedup_by_key(|a| a.0);
        for (s, e, entity) in annotations {
            let id = self.corpus.mentions.len() as MentionId;
            self.corpus.mentions.push(Mention {
                entity,
                place: place(s, e),
                text: local[s..e].to_string(),
                when: None,
                date: None,
            });
            marks.push(Mark {
                span: Span::new(s, e),
                kind: MarkKind::Mention(id),
            });
        }
        let mentions = marks.clone();
        let overlaps_mention = |s: usize, e: usize| {
            mentions
                .iter()
                .any(|m| (m.span.start as usize) < e && s < m.span.end as usize)
        };
        for found in dates::find_dates(local, narrative) {
            // A date inside a name ("the 1905 Revolution") is kept for the name's card.
            let within = mentions.iter().find_map(|m| match m.kind {
                MarkKind::Mention(id)
                    if m.span.start as usize <= found.start && found.end <= m.span.end as usize =>
                {
                    Some(id)
                }
                _ => None,
            });
            if overlaps_mention(found.start, found.end) && within.is_none() {
                continue;
            }
            let id = self.corpus.dates.len() as DateId;
            self.corpus.dates.push(DateRef {
                place: place(found.start, found.end),
                text: local[found.start..found.end].to_string(),
                when: found.when,
                is_range: found.is_range,
                relative: found.relative,
                ends: found.ends,
                onwards: found.onwards,
                meanwhile: Vec::new(),
            });
            if let Some(mention) = within {
                let mention = &mut self.corpus.mentions[mention as usize];
                mention.date = mention.date.or(Some(id));
                continue;
            }
            marks.push(Mark {
                span: Span::new(found.start, found.end),
                kind: MarkKind::Date(id),
            });
        }
        for (s, _) in local.match_indices(CITATION_NEEDED) {
            if !overlaps_mention(s, s + CITATION_NEEDED.len()) {
                marks.push(Mark {
                    span: Span::new(s, s + CITATION_NEEDED.len()),
                    kind: MarkKind::CitationNeeded,
                });
            }
        }
        marks.sort_by_key(|m| m.span.start);
        let text = Text {
            source: Span::new(start, end),
            text: local.to_string(),
            marks,
            markers: Vec::new(),
        };
        (
            text,
            sentences.iter().map(|&(s, e)| Span::new(s, e)).collect(),
        )
    }
}
