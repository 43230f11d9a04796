//! Security: how an operation's token is sent, from its own `security` or the
//! document's. Of the alternatives a requirement list offers, the first that
//! one scheme satisfies is taken: an API key in a header, the query or a
//! cookie; an `http` bearer token (also for `oauth2` and `openIdConnect`,
//! whose tokens are bearer tokens); `http` basic credentials. An empty
//! alternative (`{}`) makes the token optional. A list no alternative of which
//! can be satisfied is a warning, and the operation is sent without a token.

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityRequirement, SecurityScheme};

use super::{Lowerer, Result};
use crate::load::join;
use crate::model::{Auth, AuthScheme};

impl<'a> Lowerer<'a> {
    /// How the operation at `pointer` is authenticated; `None` when it is not.
    pub(super) fn auth(
        &mut self,
        op: &openapiv3::Operation,
        pointer: &str,
    ) -> Result<Option<Auth>> {
        let (requirements, requirements_pointer) = match &op.security {
            Some(requirements) => (requirements, join(pointer, "security")),
            None => match &self.doc.security {
                Some(requirements) => (requirements, "#/security".to_owned()),
                None => return Ok(None),
            },
        };
        if requirements.is_empty() {
            return Ok(None);
        }
        let optional = requirements.iter().any(SecurityRequirement::is_empty);
        for requirement in requirements {
            let mut schemes = requirement.keys();
            let (Some(name), None) = (schemes.next(), schemes.next()) else {
                continue;
            };
            if let Some(mut auth) = self.scheme(name, &requirements_pointer)? {
                auth.optional = optional;
                return Ok(Some(auth));
            }
        }
        if !optional {
            let warning = self.err(
                &requirements_pointer,
                "no alternative of this security requirement can be sent by the client (one scheme: an API key, a bearer token or basic credentials); the operation is sent without credentials",
            );
            self.warnings.push(warning);
        }
        Ok(None)
    }

    /// The security scheme `name`, when the client can send it.
    fn scheme(&mut self, name: &str, requirements_pointer: &str) -> Result<Option<Auth>> {
        let scheme = self
            .doc
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name));
        let scheme_pointer = join("#/components/securitySchemes", name);
        let (scheme, extensions) = match scheme {
            Some(ReferenceOr::Item(SecurityScheme::APIKey {
                location,
                name,
                extensions,
                ..
            })) => {
                let scheme = match location {
                    APIKeyLocation::Header => AuthScheme::Header(name.to_ascii_lowercase()),
                    APIKeyLocation::Query => AuthScheme::Query(name.clone()),
                    APIKeyLocation::Cookie => AuthScheme::Cookie(name.clone()),
                };
                (scheme, extensions)
            }
            Some(ReferenceOr::Item(SecurityScheme::HTTP {
                scheme, extensions, ..
            })) => match scheme.to_ascii_lowercase().as_str() {
                "bearer" => (AuthScheme::Bearer, extensions),
                "basic" => (AuthScheme::Basic, extensions),
                _ => return Ok(None),
            },
            Some(ReferenceOr::Item(
                SecurityScheme::OAuth2 { extensions, .. }
                | SecurityScheme::OpenIDConnect { extensions, .. },
            )) => (AuthScheme::Bearer, extensions),
            Some(ReferenceOr::Reference { .. }) => {
                return Err(self.err(
                    &scheme_pointer,
                    "a security scheme given by `$ref` is not supported",
                ))
            }
            None => {
                return Err(self.err(
                    requirements_pointer,
                    format!(
                        "security scheme `{name}` is not defined in `#/components/securitySchemes`"
                    ),
                ))
            }
        };
        Ok(Some(Auth {
            name: name.to_owned(),
            scheme,
            invalid_token_error_codes: self.string_list(
                extensions,
                "x-invalid-token-error-codes",
                &scheme_pointer,
            ),
            optional: false,
        }))
    }
}
