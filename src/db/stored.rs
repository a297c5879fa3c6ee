//! Enums the database stores as their lowercase names. Each is decoded once, where its row
//! is read, so nothing past the repos handles a role or a status as a string; a stored value
//! the enum does not know fails that query, logged with its cause.

/// Implements sqlx's `Type`, `Encode` and `Decode` for the Any driver, for an enum whose
/// stored name strum's `IntoStaticStr` gives and whose `FromStr` error says what it expected.
macro_rules! stored_as_text {
    ($type:ty) => {
        impl sqlx::Type<sqlx::Any> for $type {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <str as sqlx::Type<sqlx::Any>>::type_info()
            }

            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <str as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl<'q> sqlx::Encode<'q, sqlx::Any> for $type {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                let name: &'static str = (*self).into();
                <&str as sqlx::Encode<'q, sqlx::Any>>::encode(name, buf)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $type {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let stored = <&str as sqlx::Decode<'r, sqlx::Any>>::decode(value)?;
                Ok(stored.parse::<$type>()?)
            }
        }
    };
}

stored_as_text!(crate::policy::Role);
stored_as_text!(crate::activity::action::Action);
stored_as_text!(crate::email::outbox::OutboxStatus);
stored_as_text!(crate::invitations::repo::InvitationStatus);
stored_as_text!(crate::workspace::model::TwoFactorRule);
stored_as_text!(crate::auth::two_factor::passkey_repo::CeremonyPurpose);
stored_as_text!(crate::auth::api_tokens::model::Access);

#[cfg(test)]
mod tests {
    use crate::db::Db;
    use crate::policy::Role;

    #[tokio::test]
    async fn a_role_is_written_by_its_name_and_read_back_as_itself() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = format!("sqlite://{}/roster.db?mode=rwc", dir.path().display());
        let db = Db::connect(&url).await.expect("database");
        for &role in Role::ALL {
            let (stored, read): (String, Role) = sqlx::query_as("SELECT $1, $1")
                .bind(role)
                .fetch_one(db.pool())
                .await
                .expect("query");
            assert_eq!((stored.as_str(), read), (role.as_str(), role));
        }
        let unknown = sqlx::query_as::<_, (Role,)>("SELECT 'superadmin'")
            .fetch_one(db.pool())
            .await;
        let error = unknown.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.contains("unknown role"), "{error}");
    }
}
