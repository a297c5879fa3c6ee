//! The translation catalogues: one folder of Fluent files per language under `locales/`,
//! compiled into the program. Only the server reads them; an island is given the texts it
//! shows, already in the reader's language, so no catalogue travels to the browser.

use crate::i18n::{Argument, BROWSER_TEXTS, Locale};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;
use strum::VariantArray;

fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps each placeholder in invisible direction marks; pages isolate what
        // needs it themselves, and the marks would end up in email subjects and logs.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn identifier(locale: Locale) -> &'static LanguageIdentifier {
    static IDENTIFIERS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
        Locale::VARIANTS
            .iter()
            .map(|locale| {
                locale
                    .tag()
                    .parse()
                    .unwrap_or(fluent_templates::langid!("en"))
            })
            .collect()
    });
    &IDENTIFIERS[locale.index()]
}

/// The text `id` in `locale`. Every id the code names is in every catalogue (the tests
/// below check both), so the reader never sees an id. A placeholder given no value stays
/// open as `{$name}`, for an island to fill in ([`crate::i18n::fill`]).
pub fn text(locale: Locale, id: &str) -> String {
    let language = identifier(locale);
    CATALOGUES.try_lookup(language, id).unwrap_or_else(|| {
        OPEN_PLACEHOLDERS.with(|open| CATALOGUES.lookup_with_args(language, id, open))
    })
}

/// Every placeholder name the catalogues use (a test keeps the list complete), each given
/// itself as its value: Fluent refuses a text whose placeholder has none.
const PLACEHOLDER_NAMES: &[&str] = &[
    "abilities",
    "browser",
    "count",
    "current",
    "date",
    "email",
    "expires",
    "expiring",
    "failed",
    "first",
    "invitations",
    "invited",
    "invitee",
    "inviter",
    "language",
    "last",
    "limits",
    "minutes",
    "name",
    "new",
    "old",
    "os",
    "other",
    "page",
    "problem",
    "role",
    "sent",
    "shown",
    "switcher",
    "token",
    "total",
    "what",
    "who",
    "workspace",
];

thread_local! {
    static OPEN_PLACEHOLDERS: HashMap<Cow<'static, str>, FluentValue<'static>> =
        PLACEHOLDER_NAMES
            .iter()
            .map(|name| (Cow::Borrowed(*name), FluentValue::from(format!("{{${name}}}"))))
            .collect();
}

/// The text `id` in `locale` with its placeholders filled in; a number picks the plural form
/// the language needs.
pub fn text_with(locale: Locale, id: &str, args: &[(&'static str, Argument)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.to_fluent()))
        .collect();
    CATALOGUES.lookup_with_args(identifier(locale), id, &args)
}

impl Argument {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Argument::Text(text) => FluentValue::from(text.clone()),
            Argument::Number(number) => FluentValue::from(*number),
        }
    }
}

/// The texts the browser may need ([`BROWSER_TEXTS`]) in `locale`, as the page carries them:
/// JSON that cannot end its `<script>` element early.
pub fn browser_texts_json(locale: Locale) -> String {
    let texts: std::collections::BTreeMap<&str, String> = BROWSER_TEXTS
        .iter()
        .map(|id| (*id, text(locale, id)))
        .collect();
    script_safe(serde_json::to_string(&texts).unwrap_or_default())
}

/// JSON that a `<script>` element can hold: `</` would end the element early, and `<\/`
/// reads as the same JSON.
fn script_safe(json: String) -> String {
    json.replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    //! The catalogues against each other and against the code: every language has every
    //! text of the English one with the same placeholders and every plural form its grammar
    //! needs, and every id the code names exists.

    use super::*;
    use fluent_syntax::ast;
    use fluent_templates::fluent_bundle::FluentResource;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    /// A message's placeholders and, for each number it chooses a form by, the forms given.
    #[derive(Debug, Default, PartialEq)]
    struct Shape {
        variables: BTreeSet<String>,
        plural_forms: BTreeMap<String, BTreeSet<String>>,
    }

    fn locales_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
    }

    fn catalogue(locale: Locale) -> BTreeMap<String, Shape> {
        let folder = locales_dir().join(locale.tag());
        let mut messages = BTreeMap::new();
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{} has no .ftl files", folder.display());
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap();
            let resource = FluentResource::try_new(source)
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    let mut shape = Shape::default();
                    if let Some(value) = &message.value {
                        read_pattern(value, &mut shape);
                    }
                    for attribute in &message.attributes {
                        read_pattern(&attribute.value, &mut shape);
                    }
                    let id = message.id.name.to_owned();
                    assert!(
                        messages.insert(id.clone(), shape).is_none(),
                        "{}: {id} is defined twice",
                        path.display()
                    );
                }
            }
        }
        messages
    }

    fn read_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                read_expression(expression, shape);
            }
        }
    }

    fn read_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    shape.variables.insert(id.name.to_owned());
                    let forms = shape.plural_forms.entry(id.name.to_owned()).or_default();
                    for variant in variants {
                        if let ast::VariantKey::Identifier { name } = variant.key {
                            forms.insert(name.to_owned());
                        }
                    }
                }
                for variant in variants {
                    read_pattern(&variant.value, shape);
                }
            }
            ast::Expression::Inline(inline) => read_inline(inline, shape),
        }
    }

    fn read_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                shape.variables.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => read_expression(expression, shape),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    read_inline(argument, shape);
                }
            }
            _ => {}
        }
    }

    /// The plural categories a count can fall in by `locale`'s grammar (CLDR), as Fluent
    /// names them: whole numbers only, as counts are.
    fn plural_categories(locale: Locale) -> BTreeSet<String> {
        use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
        // The rules are by language: Brazilian Portuguese counts as Portuguese does.
        let language = locale.tag().split('-').next().unwrap_or_default();
        let id: LanguageIdentifier = language.parse().unwrap();
        let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
        (0..=1_000u64)
            .chain([1_000_000, 2_000_000])
            .map(|count| rules.select(count).unwrap())
            .map(|category| {
                match category {
                    PluralCategory::ZERO => "zero",
                    PluralCategory::ONE => "one",
                    PluralCategory::TWO => "two",
                    PluralCategory::FEW => "few",
                    PluralCategory::MANY => "many",
                    PluralCategory::OTHER => "other",
                }
                .to_owned()
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders() {
        let english = catalogue(Locale::English);
        assert!(!english.is_empty());
        for locale in Locale::VARIANTS.iter().copied().skip(1) {
            let translated = catalogue(locale);
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !translated.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
            let extra: Vec<_> = translated
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.tag());
            for (id, shape) in &english {
                assert_eq!(
                    translated[id].variables,
                    shape.variables,
                    "{}: {id} has other placeholders than English",
                    locale.tag()
                );
            }
        }
    }

    #[test]
    fn every_count_has_every_plural_form_of_its_language() {
        let english = catalogue(Locale::English);
        for locale in Locale::VARIANTS.iter().copied() {
            let needed = plural_categories(locale);
            for (id, shape) in catalogue(locale) {
                for (variable, forms) in &shape.plural_forms {
                    // Only counts: English chooses by plural category for them.
                    let english_forms = &english[&id].plural_forms;
                    if !english_forms
                        .get(variable)
                        .is_some_and(|forms| forms.contains("one"))
                    {
                        continue;
                    }
                    let missing: Vec<_> = needed.difference(forms).collect();
                    assert!(
                        missing.is_empty(),
                        "{}: {id} lacks the forms {missing:?} of ${variable}",
                        locale.tag()
                    );
                }
            }
        }
    }

    /// Every Rust file under `src/` with its text.
    fn rust_sources() -> Vec<(PathBuf, String)> {
        let mut found = Vec::new();
        let mut pending = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(path) = pending.pop() {
            if path.is_dir() {
                pending.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                found.push((path, source));
            }
        }
        found
    }

    /// Every `t!(…, "id")` in the sources names an English text.
    #[test]
    fn every_id_the_code_names_exists() {
        let english = catalogue(Locale::English);
        let mut named = 0;
        for (path, source) in rust_sources() {
            for (at, _) in source.match_indices("t!(") {
                // `assert!(` and the like end the same way.
                let before = source[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let after = &source[at + 3..];
                // The literal after the locale argument.
                let Some(start) = after.find('"') else {
                    continue;
                };
                let head = &after[..start];
                if !head.contains(',') || head.contains(';') {
                    continue;
                }
                let rest = &after[start + 1..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                if id == "id" {
                    continue;
                }
                named += 1;
                assert!(
                    english.contains_key(id),
                    "{} names the text {id:?}, which locales/en does not have",
                    path.display()
                );
            }
        }
        assert!(named > 0, "no t!(…) found in src");
    }

    /// Every id an `island_texts!` declaration lists names an English text.
    #[test]
    fn every_id_an_island_is_given_exists() {
        let english = catalogue(Locale::English);
        let mut named = 0;
        for (path, source) in rust_sources() {
            for (at, _) in source.match_indices("island_texts! {") {
                let block = &source[at..];
                let block = &block[..block.find("\n}").unwrap_or(block.len())];
                for line in block.lines() {
                    let Some((_, quoted)) = line.split_once(": \"") else {
                        continue;
                    };
                    let Some((id, _)) = quoted.split_once('"') else {
                        continue;
                    };
                    named += 1;
                    assert!(
                        english.contains_key(id),
                        "{} gives an island the text {id:?}, which locales/en does not have",
                        path.display()
                    );
                }
            }
        }
        assert!(named > 0, "no island_texts! found in src");
    }

    #[test]
    fn the_browser_texts_exist_and_cannot_close_their_script() {
        let english = catalogue(Locale::English);
        for id in BROWSER_TEXTS {
            assert!(english.contains_key(*id), "{id}");
            assert!(
                english[*id].variables.is_empty(),
                "{id} needs no placeholders in the browser"
            );
        }
        let json = browser_texts_json(Locale::Arabic);
        let texts: BTreeMap<String, String> = serde_json::from_str(&json).unwrap();
        assert_eq!(texts.len(), BROWSER_TEXTS.len());
        let hostile = script_safe(r#"{"a":"</script><script>alert(1)</script>"}"#.to_owned());
        assert!(!hostile.contains("</"), "{hostile}");
        let read: BTreeMap<String, String> = serde_json::from_str(&hostile).unwrap();
        assert_eq!(read["a"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn every_placeholder_can_be_left_open() {
        for (id, shape) in catalogue(Locale::English) {
            for variable in &shape.variables {
                assert!(
                    PLACEHOLDER_NAMES.contains(&variable.as_str()),
                    "{id} uses ${variable}: add it to PLACEHOLDER_NAMES"
                );
            }
        }
    }

    #[test]
    fn a_text_given_without_its_values_can_be_filled_in_later() {
        let open = text(Locale::French, "email-password-changed-intro");
        assert!(open.contains("{$email}"), "{open}");
        let filled = crate::i18n::fill(&open, &[("email", "ann@example.test")]);
        assert_eq!(
            filled,
            crate::t!(
                Locale::French,
                "email-password-changed-intro",
                email = "ann@example.test"
            )
        );
    }

    #[test]
    fn counts_group_their_thousands_as_each_language_does() {
        use crate::i18n::{format_count, group_digits};
        assert_eq!(group_digits(0, ","), "0");
        assert_eq!(group_digits(999, ","), "999");
        assert_eq!(group_digits(1000, ","), "1,000");
        assert_eq!(group_digits(-1_234_567, ","), "-1,234,567");
        assert_eq!(format_count(Locale::English, 100_000), "100,000");
        assert_eq!(format_count(Locale::French, 100_000), "100\u{202f}000");
        assert_eq!(
            format_count(Locale::BrazilianPortuguese, 100_000),
            "100.000"
        );
        assert_eq!(format_count(Locale::Russian, 100_000), "100\u{a0}000");
    }

    #[test]
    fn a_value_is_never_read_as_a_placeholder() {
        let filled = crate::i18n::fill(
            "{$email}: not sent, {$problem} ({$unknown})",
            &[("email", "{$problem}@x.test"), ("problem", "taken")],
        );
        assert_eq!(filled, "{$problem}@x.test: not sent, taken ({$unknown})");
    }

    #[test]
    fn texts_come_in_the_readers_language_with_their_plural_forms() {
        assert_eq!(text(Locale::French, "language-label"), "Langue");
        let users = |locale, count: i64| crate::t!(locale, "count-users", count = count);
        assert_eq!(users(Locale::English, 1), "1 user");
        assert_eq!(users(Locale::English, 5), "5 users");
        assert_eq!(users(Locale::Russian, 1), "1 пользователь");
        assert_eq!(users(Locale::Russian, 3), "3 пользователя");
        assert_eq!(users(Locale::Russian, 5), "5 пользователей");
    }
}
