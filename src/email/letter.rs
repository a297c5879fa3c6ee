//! An email's words: paragraphs from the catalogues, each written once for both the
//! plain-text and the HTML part, in the recipient's language.

use crate::i18n::Locale;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

/// The two bodies of a message, built paragraph by paragraph. Everything a paragraph says is
/// escaped in the HTML part, so names and workspace names never become markup.
pub struct Letter {
    locale: Locale,
    plain: String,
    html: String,
}

impl Letter {
    pub fn new(locale: Locale) -> Self {
        Self {
            locale,
            plain: String::new(),
            html: String::new(),
        }
    }

    pub fn paragraph(mut self, words: String) -> Self {
        self.plain.push_str(&words);
        self.plain.push_str("\n\n");
        self.html.push_str(&format!("<p>{}</p>", text(&words)));
        self
    }

    /// A link: `lead` says what it is for and ends pointing at it; the plain part gives the
    /// address on the next line, where a mail program makes it clickable, and the HTML part
    /// links `label` there instead.
    pub fn link(mut self, lead: String, label: String, url: &str) -> Self {
        self.plain.push_str(&format!("{lead}\n{url}\n\n"));
        self.html.push_str(&format!(
            "<p>{lead}</p><p><a href=\"{href}\">{label}</a></p>",
            lead = text(&lead),
            href = attr(url),
            label = text(&label)
        ));
        self
    }

    /// The plain-text and the HTML body. The HTML says its language and direction, so that
    /// mail programs mirror Arabic and screen readers pronounce it.
    pub fn bodies(self) -> (String, String) {
        let plain = format!("{}\n", self.plain.trim_end());
        let html = format!(
            "<div lang=\"{lang}\" dir=\"{dir}\">{body}</div>",
            lang = self.locale.tag(),
            dir = self.locale.direction(),
            body = self.html
        );
        (plain, html)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_say_the_same_and_the_html_escapes_it() {
        let (plain, html) = Letter::new(Locale::Arabic)
            .paragraph("Ann <b>& co</b> joined.".into())
            .link(
                "Open this link:".into(),
                "Open".into(),
                "https://x.test/a?b=1&c=\"2\"",
            )
            .bodies();
        assert_eq!(
            plain,
            "Ann <b>& co</b> joined.\n\nOpen this link:\nhttps://x.test/a?b=1&c=\"2\"\n"
        );
        assert_eq!(
            html,
            "<div lang=\"ar\" dir=\"rtl\"><p>Ann &lt;b&gt;&amp; co&lt;/b&gt; joined.</p>\
             <p>Open this link:</p><p><a href=\"https://x.test/a?b=1&amp;c=&quot;2&quot;\">Open</a></p></div>"
        );
    }
}
