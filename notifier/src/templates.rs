//! Message templates in Fluent: Slovenian, English, Ukrainian and Arabic, chosen by the
//! recipient's preferred language with English as the fallback. A message says what happened and
//! links to it; it never carries personal details.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use skupaj_domain::notification::NotificationKind;
use unic_langid::LanguageIdentifier;

/// Languages with templates; the first is the fallback.
const LOCALES: [(&str, &str); 4] = [
    ("en", include_str!("locales/en.ftl")),
    ("sl", include_str!("locales/sl.ftl")),
    ("uk", include_str!("locales/uk.ftl")),
    ("ar", include_str!("locales/ar.ftl")),
];

/// Languages written right to left.
const RIGHT_TO_LEFT: [&str; 4] = ["ar", "fa", "he", "ur"];

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The language actually used (the recipient's, or the fallback).
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Every language's bundle, built once.
pub struct Templates {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Templates {
    pub fn load() -> anyhow::Result<Self> {
        let mut bundles = HashMap::new();
        for (code, source) in LOCALES {
            let resource = FluentResource::try_new(source.to_owned())
                .map_err(|(_, errors)| anyhow::anyhow!("{code}.ftl does not parse: {errors:?}"))?;
            let language: LanguageIdentifier = code.parse()?;
            let mut bundle = FluentBundle::new_concurrent(vec![language]);
            // No Unicode isolation marks: they would show as stray characters in plain-text mail.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| anyhow::anyhow!("{code}.ftl: {errors:?}"))?;
            bundles.insert(code, bundle);
        }
        Ok(Self { bundles })
    }

    /// The message of `kind` in `language` (or the fallback), linking to `link`.
    pub fn render(&self, kind: NotificationKind, language: &str, link: &str) -> Rendered {
        self.render_with(kind, language, link, None)
    }

    /// [`Templates::render`], saying how it happened: `detail` is the event's code (a decline
    /// reason, an outcome, a cancel reason), written in the reader's language; an unknown or
    /// missing code reads "not given".
    pub fn render_with(
        &self,
        kind: NotificationKind,
        language: &str,
        link: &str,
        detail: Option<&str>,
    ) -> Rendered {
        let code = if self.bundles.contains_key(language) {
            language
        } else {
            LOCALES[0].0
        };
        let bundle = &self.bundles[code];
        let key = message_key(kind);
        let format = |id: &str, args: Option<&FluentArgs>| {
            bundle
                .get_message(id)
                .and_then(|message| message.value())
                .map(|pattern| {
                    let mut errors = Vec::new();
                    bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned()
                })
        };
        let detail_text = detail
            .and_then(|code| format(&detail_key(code), None))
            .or_else(|| format("detail-none", None))
            .unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("link", link.to_owned());
        args.set("detail", detail_text);
        let subject = format(&format!("{key}-subject"), None).unwrap_or_default();
        let body = format(&format!("{key}-body"), Some(&args)).unwrap_or_default();
        // A kind may have a footer of its own (a reset link says what to do if unasked for).
        let footer = format(&format!("{key}-footer"), None)
            .or_else(|| format("footer", None))
            .unwrap_or_default();
        let direction = if RIGHT_TO_LEFT.contains(&code) {
            "rtl"
        } else {
            "ltr"
        };
        let html = format!(
            "<!doctype html><html lang=\"{code}\" dir=\"{direction}\"><body>\
             <p>{}</p><p><a href=\"{}\">{}</a></p><p><small>{}</small></p></body></html>",
            escape(body.replace(link, "").trim_end_matches([':', ' ', '：'])),
            escape(link),
            escape(link),
            escape(&footer)
        );
        Rendered {
            language: code.to_owned(),
            subject,
            text: format!("{body}\n\n{footer}\n"),
            html,
        }
    }
}

/// `REFERRAL_RECEIVED` → `referral-received`.
fn message_key(kind: NotificationKind) -> String {
    kind.to_string().to_lowercase().replace('_', "-")
}

/// `NO_CAPACITY` → `detail-no-capacity`.
fn detail_key(code: &str) -> String {
    format!("detail-{}", code.to_lowercase().replace('_', "-"))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use skupaj_domain::notification::NotificationKind;
    use strum::IntoEnumIterator;

    #[test]
    fn every_kind_has_a_message_in_every_language() {
        let templates = Templates::load().unwrap();
        for (code, _) in LOCALES {
            for kind in NotificationKind::iter() {
                let rendered = templates.render(kind, code, "https://x.example/n/1");
                assert!(!rendered.subject.is_empty(), "{code} {kind}");
                assert!(
                    rendered.text.contains("https://x.example/n/1"),
                    "{code} {kind}"
                );
            }
        }
    }

    #[test]
    fn arabic_is_right_to_left_and_unknown_languages_fall_back_to_english() {
        let templates = Templates::load().unwrap();
        let arabic = templates.render(
            NotificationKind::ReferralReceived,
            "ar",
            "https://x.example",
        );
        assert!(arabic.html.contains("dir=\"rtl\""));
        assert_eq!(arabic.language, "ar");
        let fallback = templates.render(
            NotificationKind::ReferralReceived,
            "fr",
            "https://x.example",
        );
        assert_eq!(fallback.language, "en");
        assert_eq!(fallback.subject, "New referral for your organisation");
    }

    #[test]
    fn every_code_a_referral_closes_with_is_written_in_every_language() {
        use skupaj_domain::referral::{CancelReason, DeclineReason, ReferralOutcome};
        let templates = Templates::load().unwrap();
        let codes: Vec<String> = DeclineReason::iter()
            .map(|c| c.to_string())
            .chain(ReferralOutcome::iter().map(|c| c.to_string()))
            .chain(CancelReason::iter().map(|c| c.to_string()))
            .collect();
        for (language, _) in LOCALES {
            let bundle = &templates.bundles[language];
            for code in &codes {
                assert!(bundle.has_message(&detail_key(code)), "{language} {code}");
            }
            let declined = templates.render_with(
                NotificationKind::ReferralDeclined,
                language,
                "https://x.example/n/1",
                Some("NO_CAPACITY"),
            );
            assert!(!declined.text.contains("NO_CAPACITY"), "{}", declined.text);
            assert!(!declined.text.contains("{"), "{}", declined.text);
        }
        let english = templates.render_with(
            NotificationKind::ReferralCompleted,
            "en",
            "https://x.example/n/1",
            Some("EMPLOYED"),
        );
        assert!(
            english.text.contains("Outcome: employed."),
            "{}",
            english.text
        );
        let unknown = templates.render_with(
            NotificationKind::ReferralCancelled,
            "en",
            "https://x.example/n/1",
            Some("SOMETHING_NEW"),
        );
        assert!(
            unknown.text.contains("Reason: not given."),
            "{}",
            unknown.text
        );
    }
}
