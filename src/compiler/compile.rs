//! The corpus compiler's driver: reads every file of `seeds/` and runs the passes over one context, load → shape → find → read → link, into the annotated, cross-referenced `Corpus`.

use std::path::Path;

use crate::article::{self, Shaped};
use crate::diagnostic::{seed_path, Diagnostic};
use crate::discover;
use crate::editorial::{self, ArticleData, Facts, Glossary};
use crate::experiences::{self, Lexicon, LexiconFile, EXPERIENCES};
use crate::glossary;
use crate::index;
use crate::links;
use crate::markers;
use crate::mentions::Matcher;
use crate::model::*;
use crate::seed;
use crate::timeline;

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
/// The data files of the whole folder rather than of one seed.
const FOLDER_FILES: [&str; 3] = [GLOSSARY, FACTS, EXPERIENCES];

/// Reads and compiles a seeds folder. Files other than `.txt` and `.toml` are ignored.
pub fn compile_dir(dir: &Path) -> Result<Corpus, Vec<Diagnostic>> {
    compile(read_dir(dir)?)
}

/// Reads the `.txt` and `.toml` files of a seeds folder.
pub fn read_dir(dir: &Path) -> Result<Vec<SeedFile>, Vec<Diagnostic>> {
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
            errors.push(seed::too_big(&seed_path(&name), len));
            continue;
        }
        match std::fs::read(entry.path()) {
            Ok(bytes) => files.push(SeedFile { name, bytes }),
            Err(e) => errors.push(Diagnostic::file(
                &seed_path(&name),
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
    let mut cx = Context {
        files: &files,
        errors: Vec::new(),
        unread: 0,
    };
    // Load: the glossary, the facts, the seeds and their data files.
    let glossary_source = cx.text_named(GLOSSARY);
    let facts_source = cx.text_named(FACTS);
    let glossary: Glossary = cx.parse(GLOSSARY, &glossary_source);
    let facts: Facts = cx.parse(FACTS, &facts_source);
    let lexicon_source = cx.text_named(EXPERIENCES);
    let lexicon_file: LexiconFile = cx.parse(EXPERIENCES, &lexicon_source);
    let lexicon = Lexicon::new(
        lexicon_file,
        &seed_path(EXPERIENCES),
        &lexicon_source,
        &mut cx.errors,
    );
    let (entities, entries) = glossary::entities(&glossary, &glossary_source, &mut cx.errors);
    let matcher = Matcher::new(&entries);
    let loaded = cx.load_seeds();
    let mut corpus = Corpus {
        entities,
        ..Corpus::default()
    };
    // Shape: each article's data file and sections, so that the names pass sees every article.
    let shaped = cx.shape(loaded, &corpus.entities);
    // Find: the names no glossary lists, the subjects, their life dates.
    let discovered = {
        let sources: Vec<discover::Source> = shaped
            .iter()
            .map(|article| discover::Source {
                text: &article.text,
                shape: &article.shape,
                subject: article.subject,
            })
            .collect();
        let aliases: Vec<Vec<String>> = entries.iter().map(|e| e.aliases.clone()).collect();
        discover::discover(
            &sources,
            &matcher,
            &corpus.entities,
            &aliases,
            options.find_names.then_some(glossary.not_names.as_slice()),
        )
    };
    corpus.entities.extend(discovered.entities);
    // Read: every text annotated with its mentions and dates.
    for (shaped, names) in shaped.iter().zip(&discovered.articles) {
        let article = article::read(&mut corpus, &matcher, shaped, names, &facts);
        corpus.articles.push(article);
    }
    // With a seed unread, an alias used only there would be reported for nothing.
    if cx.unread == 0 {
        let paths: Vec<String> = shaped
            .iter()
            .map(|a| seed_path(&format!("{}.txt", a.slug)))
            .collect();
        let named: Vec<(&str, &str)> = paths
            .iter()
            .map(String::as_str)
            .zip(shaped.iter().map(|a| a.text.as_str()))
            .collect();
        glossary::check_aliases_occur(&glossary, &glossary_source, &named, &mut cx.errors);
    }
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    // Link: when each passage is set, where the lives meet, what the reader marks.
    article::set_mention_dates(&mut corpus);
    let seeds: Vec<&str> = shaped.iter().map(|a| a.text.as_str()).collect();
    links::link(&mut corpus, &seeds, &facts);
    experiences::find(&mut corpus, &lexicon);
    markers::place_markers(&mut corpus);
    index::build_indexes(&mut corpus);
    timeline::build_timeline(&mut corpus);
    Ok(corpus)
}

/// What the passes share: the files, the problems found so far, and how many seeds could not be
/// read (then some checks across seeds would report for nothing).
struct Context<'f> {
    files: &'f [SeedFile],
    errors: Vec<Diagnostic>,
    unread: usize,
}

/// A seed as loaded: its slug and text, and its data file's name and text (empty if none).
struct Loaded {
    slug: String,
    text: String,
    data_name: String,
    data_source: String,
}

impl<'f> Context<'f> {
    fn find(&self, name: &str) -> Option<&'f SeedFile> {
        self.files.iter().find(|f| f.name == name)
    }

    /// A file's text; an empty data file is an empty text; a seed that is not text, a problem.
    fn text(&mut self, file: &SeedFile) -> Option<String> {
        if file.name.ends_with(".toml") && file.bytes.iter().all(u8::is_ascii_whitespace) {
            return Some(String::new());
        }
        match seed::decode(&seed_path(&file.name), &file.bytes) {
            Ok(text) => Some(text.to_string()),
            Err(d) => {
                self.errors.push(d);
                None
            }
        }
    }

    /// The text of the file `name`, or nothing if there is none (or it cannot be read).
    fn text_named(&mut self, name: &str) -> String {
        match self.find(name) {
            Some(file) => self.text(file).unwrap_or_default(),
            None => String::new(),
        }
    }

    /// A data file's contents, or their default with the problem noted.
    fn parse<T: for<'de> serde::Deserialize<'de> + Default>(
        &mut self,
        name: &str,
        source: &str,
    ) -> T {
        editorial::parse(&seed_path(name), source).unwrap_or_else(|d| {
            self.errors.push(d);
            T::default()
        })
    }

    /// Every `<slug>.txt` with its optional `<slug>.toml`; a data file without its seed, a bad
    /// file name and an empty folder are problems.
    fn load_seeds(&mut self) -> Vec<Loaded> {
        let files = self.files;
        let seed_files: Vec<&SeedFile> =
            files.iter().filter(|f| f.name.ends_with(".txt")).collect();
        let mut loaded = Vec::new();
        for file in &seed_files {
            let slug = file.name.trim_end_matches(".txt");
            if let Some(message) = slug_problem(slug, &seed_files) {
                self.errors
                    .push(Diagnostic::file(&seed_path(&file.name), message));
                self.unread += 1;
                continue;
            }
            let Some(text) = self.text(file) else {
                self.unread += 1;
                continue;
            };
            let data_name = format!("{slug}.toml");
            let data_source = self.text_named(&data_name);
            loaded.push(Loaded {
                slug: slug.to_string(),
                text,
                data_name,
                data_source,
            });
        }
        for file in files.iter().filter(|f| f.name.ends_with(".toml")) {
            let stem = file.name.trim_end_matches(".toml");
            if !FOLDER_FILES.contains(&file.name.as_str())
                && !files.iter().any(|f| f.name == format!("{stem}.txt"))
            {
                self.errors.push(Diagnostic::file(
                    &seed_path(&file.name),
                    format!("no seed text `{stem}.txt` for this data file (data files are named after their seed)"),
                ));
            }
        }
        if loaded.is_empty() && self.errors.is_empty() {
            self.errors.push(Diagnostic::file(
                &seed_path(""),
                "no seed texts (`<slug>.txt`) found",
            ));
        }
        loaded
    }

    /// Each seed's data file read and its text shaped into sections, with its subject if the
    /// data file names one (a glossary id).
    fn shape(&mut self, loaded: Vec<Loaded>, entities: &[Entity]) -> Vec<Shaped> {
        let mut shaped = Vec::new();
        for Loaded {
            slug,
            text,
            data_name,
            data_source,
        } in loaded
        {
            let data_path = seed_path(&data_name);
            let data: ArticleData = match editorial::parse(&data_path, &data_source) {
                Ok(data) => data,
                Err(d) => {
                    self.errors.push(d);
                    self.unread += 1;
                    continue;
                }
            };
            let seed_file = seed_path(&format!("{slug}.txt"));
            let shape = match seed::parse(&seed_file, &text, &data, &data_path, &data_source) {
                Ok(shape) => shape,
                Err(ds) => {
                    self.errors.extend(ds);
                    self.unread += 1;
                    continue;
                }
            };
            let subject = data.subject.as_ref().and_then(|s| {
                let found = entities.iter().position(|e| &e.key == s.get_ref());
                if found.is_none() {
                    self.errors.push(Diagnostic::at(
                        &data_path,
                        &data_source,
                        s.span().start,
                        format!(
                            "subject {:?} is not an id in {}",
                            s.get_ref(),
                            seed_path(GLOSSARY)
                        ),
                    ));
                }
                found.map(|i| i as EntityId)
            });
            shaped.push(Shaped {
                slug,
                text,
                data,
                shape,
                subject,
            });
        }
        shaped
    }
}

/// Why a seed's file stem cannot be its slug, if it cannot. A slug is lowercase ASCII words
/// joined by single hyphens (what `slugify` makes). A stem that slugifies to another seed's
/// stem (`A.txt` and `a.txt`, `Ivar Smilga.txt` and `ivar-smilga.txt`) is a duplicate slug:
/// both files would be the article at the same URL.
fn slug_problem(stem: &str, seed_files: &[&SeedFile]) -> Option<String> {
    let slug = slugify(stem);
    if FOLDER_FILES.contains(&format!("{stem}.toml").as_str()) {
        return Some(format!(
            "`{stem}.toml` is a data file of the whole folder, so `{stem}` cannot name a biography; give it another file name, e.g. `{stem}-biography.txt`"
        ));
    }
    if crate::model::PAGE_NAMES.contains(&stem) {
        return Some(format!(
            "`{stem}` is the name of one of the site's own pages (/{stem}); give the biography another file name, e.g. `{stem}-biography.txt`"
        ));
    }
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
