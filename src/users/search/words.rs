//! Which words find a member: the words of their name and email kept in the index, and the
//! words of what an admin types. Matching is "every typed word starts some word of the
//! person", case-insensitive in every alphabet, so "ali smi", "Smith" and "example.com" all
//! find Alice Smith <alice.smith@example.com>.

use std::collections::BTreeSet;

/// More words than this in a search are ignored; each one costs an index range scan.
pub const MAX_QUERY_WORDS: usize = 5;

/// Longer words are cut here, on both sides, so a very long name cannot bloat the index and
/// a long typed word still matches the cut term.
const MAX_TERM_CHARS: usize = 64;

/// The key members are listed by: their name as a reader would sort it, ignoring case.
pub fn sort_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What the search index holds for one member: the words they can be found by, each stored
/// beside their sort key.
pub struct Findable {
    pub sort_key: String,
    pub terms: BTreeSet<String>,
}

impl Findable {
    pub fn new(name: &str, email: &str) -> Self {
        Self {
            sort_key: sort_key(name),
            terms: terms(name, email),
        }
    }

    /// The terms in order, each with how many leading characters it shares with the term
    /// before it (see [`shared_prefix_chars`]).
    pub fn terms_with_shared_prefix(&self) -> impl Iterator<Item = (&str, i64)> {
        let mut previous = "";
        self.terms.iter().map(move |term| {
            let shared = shared_prefix_chars(previous, term);
            previous = term;
            (term.as_str(), shared)
        })
    }
}

/// How many leading characters `term` shares with `previous`, the member's term just before
/// it in code-point order (the order of the index, and of a `BTreeSet<String>`).
///
/// A typed word of n characters matches a run of neighbouring terms, so a member matches it
/// more than once exactly when one of their matching terms shares n or more characters with
/// the one before it. Counting and listing only the terms sharing fewer than n characters
/// therefore meets each member once, with no step that removes repeats.
pub fn shared_prefix_chars(previous: &str, term: &str) -> i64 {
    previous
        .chars()
        .zip(term.chars())
        .take_while(|(a, b)| a == b)
        .count() as i64
}

/// How many characters a typed word has, the n of [`shared_prefix_chars`].
pub fn word_chars(word: &str) -> i64 {
    word.chars().count() as i64
}

/// Every word a member can be found by.
pub fn terms(name: &str, email: &str) -> BTreeSet<String> {
    let mut terms = BTreeSet::new();
    for word in name.to_lowercase().split_whitespace() {
        add_word(&mut terms, word);
    }
    let email = email.to_lowercase();
    // The whole address covers every prefix of its local part, so only the local part's
    // pieces and the domain are added beside it.
    add(&mut terms, &email);
    if let Some((local, domain)) = email.rsplit_once('@') {
        add_pieces(&mut terms, local);
        add_domain(&mut terms, domain);
    }
    terms
}

/// The words of a search, lower-cased, without repeats, at most [`MAX_QUERY_WORDS`].
pub fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in query.to_lowercase().split_whitespace() {
        let word = cut(word);
        if !words.contains(&word) {
            words.push(word);
        }
        if words.len() == MAX_QUERY_WORDS {
            break;
        }
    }
    words
}

/// The half-open range of terms that start with `prefix`: `[prefix, prefix + U+10FFFF)`.
/// Both databases compare these columns by code point, where nothing that starts with the
/// prefix sorts after the highest code point appended to it.
pub fn prefix_range(prefix: &str) -> (String, String) {
    (prefix.to_owned(), format!("{prefix}\u{10FFFF}"))
}

/// A word as typed, plus its pieces when it holds punctuation: "mary-jane" is found by
/// "mary-j", "mary" and "jane"; "o'brien" by "o'b" and "brien".
fn add_word(terms: &mut BTreeSet<String>, word: &str) {
    add(terms, word);
    add_pieces(terms, word);
}

fn add_pieces(terms: &mut BTreeSet<String>, word: &str) {
    let pieces: Vec<&str> = word
        .split(|c: char| !c.is_alphanumeric())
        .filter(|piece| !piece.is_empty())
        .collect();
    if pieces.len() > 1 {
        for piece in pieces {
            add(terms, piece);
        }
    }
}

/// "mail.example.org" and "example.org": an organisation is found by its domain whatever
/// department's subdomain a person's address has. A bare top-level domain is left out.
fn add_domain(terms: &mut BTreeSet<String>, domain: &str) {
    add(terms, domain);
    let mut rest = domain;
    while let Some((_, parent)) = rest.split_once('.') {
        if parent.contains('.') {
            add(terms, parent);
        }
        rest = parent;
    }
}

fn add(terms: &mut BTreeSet<String>, term: &str) {
    if !term.is_empty() {
        terms.insert(cut(term));
    }
}

fn cut(word: &str) -> String {
    word.chars().take(MAX_TERM_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The terms that [`Findable::terms_with_shared_prefix`] keeps for `word` are the
    /// member's matches with repeats removed: one when any term matches, none otherwise.
    #[test]
    fn one_term_per_member_stands_for_each_typed_word() {
        let findable = Findable::new("Maria Marta Marquez", "maria.m@mar.example");
        for word in [
            "m", "ma", "mar", "mari", "maria", "maria.", "mart", "marq", "x", "é",
        ] {
            let matches = findable
                .terms
                .iter()
                .filter(|term| term.starts_with(word))
                .count();
            let kept = findable
                .terms_with_shared_prefix()
                .filter(|(term, shared)| term.starts_with(word) && *shared < word_chars(word))
                .count();
            assert_eq!(kept, matches.min(1), "{word:?} among {:?}", findable.terms);
        }
        assert_eq!(
            shared_prefix_chars("zoë", "zoëa"),
            3,
            "characters, not bytes"
        );
        assert_eq!(shared_prefix_chars("", "anna"), 0);
    }

    fn found_by(name: &str, email: &str, query: &str) -> bool {
        let terms = terms(name, email);
        let words = query_words(query);
        !words.is_empty()
            && words.iter().all(|word| {
                let (low, high) = prefix_range(word);
                terms.iter().any(|term| *term >= low && *term < high)
            })
    }

    #[test]
    fn names_and_emails_are_found_by_the_start_of_any_word_in_any_case() {
        let (name, email) = ("Alice Smith", "Alice.Smith@Example.com");
        for query in [
            "ali",
            "SMI",
            "smith alice",
            "ali smi",
            "alice.smith@",
            "example.com",
            "exam",
        ] {
            assert!(found_by(name, email, query), "{query:?} should find Alice");
        }
        for query in ["lice", "bob", "alice jones", "com"] {
            assert!(
                !found_by(name, email, query),
                "{query:?} should not find Alice"
            );
        }
    }

    #[test]
    fn words_with_punctuation_are_found_by_their_pieces() {
        assert!(found_by("Mary-Jane O'Brien", "mj@example.org", "jane"));
        assert!(found_by("Mary-Jane O'Brien", "mj@example.org", "brien"));
        assert!(found_by("Mary-Jane O'Brien", "mj@example.org", "o'b"));
        assert!(found_by("Zoë", "zoe_k@example.org", "k"));
        assert!(found_by(
            "Grace Hopper",
            "grace@navy.example.org",
            "example.org"
        ));
        assert!(found_by(
            "Grace Hopper",
            "grace@navy.example.org",
            "navy.ex"
        ));
        assert!(!found_by("Grace Hopper", "grace@navy.example.org", "org"));
    }

    #[test]
    fn case_is_ignored_beyond_ascii() {
        assert!(found_by("Ørjan Ågren", "o@example.no", "øRJ"));
        assert!(found_by("ΣΩΚΡΑΤΗΣ", "s@example.gr", "σωκ"));
    }

    #[test]
    fn long_words_still_match_when_cut() {
        let long = "a".repeat(300);
        assert!(found_by(&long, "x@example.com", &long));
        assert!(
            terms(&long, "x@example.com")
                .iter()
                .all(|t| t.chars().count() <= MAX_TERM_CHARS)
        );
    }

    #[test]
    fn searches_keep_five_distinct_words() {
        assert_eq!(query_words("  A a b c d e f "), ["a", "b", "c", "d", "e"]);
        assert!(query_words("   ").is_empty());
    }

    #[test]
    fn sort_keys_ignore_case_and_spacing() {
        assert_eq!(sort_key("  Alice   Smith "), "alice smith");
        assert!(sort_key("bob") > sort_key("Alice"));
    }
}
