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
        let code = if self.bundles.contains_key(language) {
            language
        } else {
            LOCALES[0].0
        };
        let bundle = &self.bundles[code];
        let key = message_key(kind);
        let mut args = FluentArgs::new();
        args.set("link", link.to_owned());
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
                .unwrap_or_default()
        };
        let subject = format(&format!("{key}-subject"), None);
        let body = format(&format!("{key}-body"), Some(&args));
        let footer = format("footer", None);
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

    #[test]
    fn every_kind_has_a_message_in_every_language() {
        let templates = Templates::load().unwrap();
        for (code, _) in LOCALES {
            for kind in [
                NotificationKind::ReferralReceived,
                NotificationKind::ReferralAccepted,
                NotificationKind::ReferralDeclined,
                NotificationKind::ReferralRedirected,
                NotificationKind::ReferralOverdue,
                NotificationKind::EnrolmentConfirmed,
                NotificationKind::PromotedFromWaitlist,
                NotificationKind::SessionReminder,
                NotificationKind::MediationRequested,
                NotificationKind::ConsentExpiring,
                NotificationKind::FollowUpDue,
                NotificationKind::InvitationReceived,
                NotificationKind::SessionMoved,
                NotificationKind::SessionCancelled,
                NotificationKind::CaseAssigned,
                NotificationKind::ReferralAssigned,
                NotificationKind::TaskDue,
                NotificationKind::ReferralRespondBySoon,
            ] {
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
}
