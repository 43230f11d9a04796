//! Security: the one scheme an operation is authenticated with (an API key in a
//! header, or an `http` bearer token), from its own `security` or the document's.

use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme};

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
        let Some(first) = requirements.first() else {
            return Ok(None);
        };
        if requirements.len() > 1 || first.len() > 1 {
            return Err(self.err(
                &requirements_pointer,
                "only a single security scheme per operation is supported",
            ));
        }
        let Some(name) = first.keys().next() else {
            return Ok(None);
        };
        let scheme_name = name;
        let scheme = self
            .doc
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name));
        let scheme_pointer = join("#/components/securitySchemes", name);
        match scheme {
            Some(ReferenceOr::Item(SecurityScheme::APIKey {
                location: APIKeyLocation::Header,
                name,
                extensions,
                ..
            })) => Ok(Some(Auth {
                name: scheme_name.clone(),
                scheme: AuthScheme::Header(name.to_ascii_lowercase()),
                invalid_token_error_codes: self.string_list(
                    extensions,
                    "x-invalid-token-error-codes",
                    &scheme_pointer,
                ),
            })),
            Some(ReferenceOr::Item(SecurityScheme::HTTP {
                scheme, extensions, ..
            })) if scheme.eq_ignore_ascii_case("bearer") => Ok(Some(Auth {
                name: scheme_name.clone(),
                scheme: AuthScheme::Bearer,
                invalid_token_error_codes: self.string_list(
                    extensions,
                    "x-invalid-token-error-codes",
                    &scheme_pointer,
                ),
            })),
            Some(_) => Err(self.err(
                &scheme_pointer,
                "only `apiKey` security schemes sent in a header and `http` bearer schemes are supported",
            )),
            None => Err(self.err(
                &requirements_pointer,
                format!(
                    "security scheme `{name}` is not defined in `#/components/securitySchemes`"
                ),
            )),
        }
    }
}
