//! What each kind of exchanged credentials is made of, as structs with named
//! fields, so that a key and a secret of the same type cannot be swapped.
//! `Debug` shows keys and ids but no secret, ticket, code or token.

use std::fmt;

use super::HIDDEN;

/// An internal app's key and secret, for [`Credentials::app`](super::Credentials::app).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct AppCredentials<'a> {
    /// The app's `AppKey`.
    pub app_key: &'a str,
    /// The app's `AppSecret`.
    pub app_secret: &'a str,
}

/// A third-party app suite's key, secret and latest suite ticket, and the
/// corpId of an organisation that installed the app, for
/// [`Credentials::corp`](super::Credentials::corp).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CorpCredentials<'a> {
    /// The corpId of the organisation that installed the app.
    pub auth_corp_id: &'a str,
    /// The suite's `SuiteKey`.
    pub suite_key: &'a str,
    /// The suite's `SuiteSecret`.
    pub suite_secret: &'a str,
    /// The latest suite ticket DingTalk pushed to the app.
    pub suite_ticket: &'a str,
}

/// An app's client id and secret and the organisation it is used in, for
/// [`Credentials::client_credentials`](super::Credentials::client_credentials).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ClientCredentials<'a> {
    /// The corpId of the organisation.
    pub corp_id: &'a str,
    /// An internal app's `AppKey`, or a third-party app's `SuiteKey`.
    pub client_id: &'a str,
    /// An internal app's `AppSecret`, or a third-party app's `SuiteSecret`.
    pub client_secret: &'a str,
}

/// A third-party app suite's key, secret and latest suite ticket, for
/// [`Credentials::suite`](super::Credentials::suite).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SuiteCredentials<'a> {
    /// The suite's `SuiteKey`.
    pub suite_key: &'a str,
    /// The suite's `SuiteSecret`.
    pub suite_secret: &'a str,
    /// The latest suite ticket DingTalk pushed to the app.
    pub suite_ticket: &'a str,
}

/// An app's client id and secret and the authorisation code of a user's
/// login, for [`Credentials::user_code`](super::Credentials::user_code).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct UserCodeCredentials<'a> {
    /// An internal app's `AppKey`, or a third-party app's `SuiteKey`.
    pub client_id: &'a str,
    /// An internal app's `AppSecret`, or a third-party app's `SuiteSecret`.
    pub client_secret: &'a str,
    /// The temporary authorisation code DingTalk gave the app when the user
    /// logged in and consented.
    pub code: &'a str,
}

/// An app's client id and secret and a user's refresh token, for
/// [`Credentials::user_refresh_token`](super::Credentials::user_refresh_token).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct UserRefreshTokenCredentials<'a> {
    /// An internal app's `AppKey`, or a third-party app's `SuiteKey`.
    pub client_id: &'a str,
    /// An internal app's `AppSecret`, or a third-party app's `SuiteSecret`.
    pub client_secret: &'a str,
    /// The refresh token of an earlier `oauth2_GetUserToken` answer.
    pub refresh_token: &'a str,
}

/// An organisation's corpId and SSO secret, for
/// [`Credentials::sso`](super::Credentials::sso).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SsoCredentials<'a> {
    /// The corpId of the organisation.
    pub corp_id: &'a str,
    /// The organisation's SSO secret.
    pub sso_secret: &'a str,
}

impl fmt::Debug for AppCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppCredentials")
            .field("app_key", &self.app_key)
            .field("app_secret", &HIDDEN)
            .finish()
    }
}

impl fmt::Debug for CorpCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CorpCredentials")
            .field("auth_corp_id", &self.auth_corp_id)
            .field("suite_key", &self.suite_key)
            .field("suite_secret", &HIDDEN)
            .field("suite_ticket", &HIDDEN)
            .finish()
    }
}

impl fmt::Debug for ClientCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("corp_id", &self.corp_id)
            .field("client_id", &self.client_id)
            .field("client_secret", &HIDDEN)
            .finish()
    }
}

impl fmt::Debug for SuiteCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SuiteCredentials")
            .field("suite_key", &self.suite_key)
            .field("suite_secret", &HIDDEN)
            .field("suite_ticket", &HIDDEN)
            .finish()
    }
}

impl fmt::Debug for UserCodeCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserCodeCredentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &HIDDEN)
            .field("code", &HIDDEN)
            .finish()
    }
}

impl fmt::Debug for UserRefreshTokenCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserRefreshTokenCredentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &HIDDEN)
            .field("refresh_token", &HIDDEN)
            .finish()
    }
}

impl fmt::Debug for SsoCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SsoCredentials")
            .field("corp_id", &self.corp_id)
            .field("sso_secret", &HIDDEN)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of `fields`, secrets marked `true`, against the `Debug`
    /// output: the others are shown, the secrets are not.
    fn check(debug: String, fields: &[(&str, bool)]) {
        for (value, secret) in fields {
            assert_eq!(
                !debug.contains(value),
                *secret,
                "{value:?} (secret: {secret}) in {debug}"
            );
        }
        assert!(debug.contains(HIDDEN), "{debug}");
    }

    #[test]
    fn debug_hides_every_secret() {
        check(
            format!(
                "{:?}",
                AppCredentials {
                    app_key: "app-key-value",
                    app_secret: "app-secret-value",
                }
            ),
            &[("app-key-value", false), ("app-secret-value", true)],
        );
        check(
            format!(
                "{:?}",
                CorpCredentials {
                    auth_corp_id: "corp-id-value",
                    suite_key: "suite-key-value",
                    suite_secret: "suite-secret-value",
                    suite_ticket: "suite-ticket-value",
                }
            ),
            &[
                ("corp-id-value", false),
                ("suite-key-value", false),
                ("suite-secret-value", true),
                ("suite-ticket-value", true),
            ],
        );
        check(
            format!(
                "{:?}",
                ClientCredentials {
                    corp_id: "corp-id-value",
                    client_id: "client-id-value",
                    client_secret: "client-secret-value",
                }
            ),
            &[
                ("corp-id-value", false),
                ("client-id-value", false),
                ("client-secret-value", true),
            ],
        );
        check(
            format!(
                "{:?}",
                SuiteCredentials {
                    suite_key: "suite-key-value",
                    suite_secret: "suite-secret-value",
                    suite_ticket: "suite-ticket-value",
                }
            ),
            &[
                ("suite-key-value", false),
                ("suite-secret-value", true),
                ("suite-ticket-value", true),
            ],
        );
        check(
            format!(
                "{:?}",
                UserCodeCredentials {
                    client_id: "client-id-value",
                    client_secret: "client-secret-value",
                    code: "auth-code-value",
                }
            ),
            &[
                ("client-id-value", false),
                ("client-secret-value", true),
                ("auth-code-value", true),
            ],
        );
        check(
            format!(
                "{:?}",
                UserRefreshTokenCredentials {
                    client_id: "client-id-value",
                    client_secret: "client-secret-value",
                    refresh_token: "refresh-token-value",
                }
            ),
            &[
                ("client-id-value", false),
                ("client-secret-value", true),
                ("refresh-token-value", true),
            ],
        );
        check(
            format!(
                "{:?}",
                SsoCredentials {
                    corp_id: "corp-id-value",
                    sso_secret: "sso-secret-value",
                }
            ),
            &[("corp-id-value", false), ("sso-secret-value", true)],
        );
    }
}
