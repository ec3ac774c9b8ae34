//! What every fuzz outcome must keep: diagnostics that point inside the input, or a corpus that keeps the model's invariants.

use parallel_lives_compiler::compile::SeedFile;
use parallel_lives_compiler::diagnostic::Diagnostic;
use parallel_lives_model::{ArticleId, Corpus, Mention};

/// Why a diagnostic does not point inside its input, if it does not.
pub(super) fn misplaced(diagnostic: &Diagnostic, files: &[SeedFile]) -> Option<String> {
    if diagnostic.file == "seeds/" {
        return None;
    }
    let Some(file) = files
        .iter()
        .find(|f| diagnostic.file == format!("seeds/{}", f.name))
    else {
        return Some("names no input file".into());
    };
    let text = String::from_utf8_lossy(&file.bytes);
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(line) = diagnostic.line.checked_sub(1).and_then(|i| lines.get(i)) else {
        return Some(format!(
            "no line {} in {} lines",
            diagnostic.line,
            lines.len()
        ));
    };
    let width = line.chars().count();
    (diagnostic.col == 0 || diagnostic.col > width + 1).then(|| {
        format!(
            "no column {} in a line of {width} characters",
            diagnostic.col
        )
    })
}

/// Why a compiled corpus breaks the model's invariants, if it does.
pub(super) fn broken(corpus: &Corpus, files: &[SeedFile]) -> Option<String> {
    for article in &corpus.articles {
        let file = files
            .iter()
            .find(|f| f.name == format!("{}.txt", article.slug))?;
        let seed = std::str::from_utf8(&file.bytes).ok()?;
        let texts = article
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| &p.text)
            .chain(article.references.iter().map(|r| &r.text))
            .chain(article.infobox.iter().map(|f| &f.value));
        for text in texts {
            let (start, end) = (text.source.start as usize, text.source.end as usize);
            if seed.get(start..end) != Some(text.text.as_str()) {
                return Some(format!("text {:?} is not seed[{start}..{end}]", text.text));
            }
            let mut last_end = 0;
            for mark in &text.marks {
                let (s, e) = (mark.span.start as usize, mark.span.end as usize);
                if s < last_end || e > text.text.len() || text.text.get(s..e).is_none() {
                    return Some(format!("mark {s}..{e} in {:?}", text.text));
                }
                last_end = e;
            }
        }
    }
    // Who appears where: each entity a body names is listed once, with a tick per mention.
    for (id, article) in corpus.articles.iter().enumerate() {
        let id = ArticleId::try_from(id).ok()?;
        let in_body = |m: &&Mention| m.place.article == id && m.place.holder.paragraph().is_some();
        let mentions = corpus.mentions.iter().filter(in_body).count();
        let ticks: usize = article
            .entities
            .iter()
            .map(|&e| corpus.ticks(e, id).len())
            .sum();
        let mut listed = article.entities.clone();
        listed.sort_unstable();
        listed.dedup();
        if ticks != mentions || listed.len() != article.entities.len() {
            return Some(format!(
                "{}: {ticks} ticks for {mentions} mentions in the body, entities {:?}",
                article.slug, article.entities
            ));
        }
    }
    None
}
