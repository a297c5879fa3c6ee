//! `roster seed-demo`: a workspace full of made-up people, for trying Roster out and for the
//! benchmarks. Everyone it creates shares one password, hashed once, so 100,000 accounts take
//! seconds rather than hours of Argon2.

use crate::auth::password::{Hasher, check_new_password};
use crate::db::{Clock, Db};
use crate::error::AppError;
use crate::policy::Role;
use crate::users::repo::{self as users, NewMember};
use crate::workspace::repo as workspaces;
use crate::workspace::service::{AdminCreated, add_member, create_workspace};

/// People per transaction: big enough to be fast, small enough not to hold SQLite's write
/// lock for long while the server runs beside the command.
const PEOPLE_PER_TRANSACTION: usize = 5_000;

/// Names from several alphabets and spellings, so searching the demo shows case-insensitive
/// matching beyond ASCII. The second of each pair is how it is spelled in the email address.
const FIRST_NAMES: &[(&str, &str)] = &[
    ("Ada", "ada"),
    ("Amara", "amara"),
    ("Bjørn", "bjorn"),
    ("Carlos", "carlos"),
    ("Chen", "chen"),
    ("Dmitri", "dmitri"),
    ("Émile", "emile"),
    ("Fatima", "fatima"),
    ("Grace", "grace"),
    ("Hiroshi", "hiroshi"),
    ("Ingrid", "ingrid"),
    ("José", "jose"),
    ("Kwame", "kwame"),
    ("Leila", "leila"),
    ("Łukasz", "lukasz"),
    ("Maya", "maya"),
    ("Nikolai", "nikolai"),
    ("Olu", "olu"),
    ("Priya", "priya"),
    ("Quinn", "quinn"),
    ("Rosa", "rosa"),
    ("Siobhán", "siobhan"),
    ("Tariq", "tariq"),
    ("Uma", "uma"),
    ("Viktor", "viktor"),
    ("Wanjiru", "wanjiru"),
    ("Xiu", "xiu"),
    ("Yusuf", "yusuf"),
    ("Zoë", "zoe"),
    ("Άννα", "anna"),
];

const LAST_NAMES: &[(&str, &str)] = &[
    ("Adeyemi", "adeyemi"),
    ("Berg", "berg"),
    ("Castillo", "castillo"),
    ("Dubois", "dubois"),
    ("Eriksen", "eriksen"),
    ("Fernández", "fernandez"),
    ("García", "garcia"),
    ("Haddad", "haddad"),
    ("Ivanova", "ivanova"),
    ("Jensen", "jensen"),
    ("Kowalski", "kowalski"),
    ("Lopez", "lopez"),
    ("Mensah", "mensah"),
    ("Nakamura", "nakamura"),
    ("O'Brien", "obrien"),
    ("Patel", "patel"),
    ("Quispe", "quispe"),
    ("Rossi", "rossi"),
    ("Smith", "smith"),
    ("Tanaka", "tanaka"),
    ("Umarov", "umarov"),
    ("Nguyễn", "nguyen"),
    ("Wójcik", "wojcik"),
    ("Xu", "xu"),
    ("Yilmaz", "yilmaz"),
    ("Zhang", "zhang"),
    ("Müller", "muller"),
    ("Okafor", "okafor"),
    ("Silva", "silva"),
    ("Mary-Jane", "maryjane"),
];

/// What `seed-demo` made.
#[derive(Debug)]
pub struct DemoSeeded {
    pub workspace_id: i64,
    pub admin_email: String,
    pub admin_created: AdminCreated,
    /// People added by this run (addresses that already had an account are skipped).
    pub added: usize,
}

/// Creates the workspace if needed, an admin `admin@<workspace>.example`, and `people` more
/// members named from the lists above. Running it again adds `people` more.
pub async fn seed_demo(
    db: &Db,
    clock: &Clock,
    workspace_name: &str,
    people: usize,
    password: String,
) -> Result<DemoSeeded, AppError> {
    check_new_password(&password).map_err(|m| AppError::field("password", m))?;
    let workspace_name = workspace_name.trim();
    let mut tx = db.begin_write().await?;
    let existing = workspaces::find_workspace_id_by_name(&mut tx, workspace_name).await?;
    tx.rollback().await?;
    let workspace_id = match existing {
        Some(id) => id,
        None => create_workspace(db, clock, workspace_name).await?,
    };
    let domain = format!("{}.example", slug(workspace_name));
    let admin_email = format!("admin@{domain}");
    let admin_created = add_member(
        db,
        clock,
        workspace_name,
        &admin_email,
        "Demo Admin",
        password.clone(),
        Role::Admin,
    )
    .await?;

    let hash = Hasher::default().hash("", password).await?;
    // Numbering continues past everyone who was ever a member, so addresses stay unique.
    let already = users::memberships_ever(db.pool(), workspace_id).await?;
    let already = usize::try_from(already).unwrap_or(0);
    let mut added = 0;
    let mut next = already;
    let end = already + people;
    while next < end {
        let batch_end = (next + PEOPLE_PER_TRANSACTION).min(end);
        let batch: Vec<NewMember> = (next..batch_end).map(|n| demo_person(n, &domain)).collect();
        let mut tx = db.begin_write().await?;
        added +=
            users::insert_members_bulk(&mut tx, clock.now(), workspace_id, &hash, &batch).await?;
        tx.commit().await?;
        next = batch_end;
    }
    // The planners must know the workspace is large before the first search.
    db.refresh_statistics().await?;
    Ok(DemoSeeded {
        workspace_id,
        admin_email,
        admin_created,
        added,
    })
}

/// The n-th made-up person: first names cycle fastest, so neighbours differ, and the number
/// keeps every address unique. One in a hundred is an Admin, one in ten an Editor.
fn demo_person(n: usize, domain: &str) -> NewMember {
    let (first, first_ascii) = FIRST_NAMES[n % FIRST_NAMES.len()];
    let (last, last_ascii) = LAST_NAMES[(n / FIRST_NAMES.len()) % LAST_NAMES.len()];
    let role = if n.is_multiple_of(100) {
        Role::Admin
    } else if n.is_multiple_of(10) {
        Role::Editor
    } else {
        Role::Agent
    };
    NewMember {
        email: format!("{first_ascii}.{last_ascii}.{n}@{domain}"),
        name: format!("{first} {last}"),
        role,
    }
}

/// "Acme Support" → "acme-support", for the demo addresses' domain.
fn slug(name: &str) -> String {
    let slug = name
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "demo".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::users::email::Email;

    #[test]
    fn demo_addresses_are_valid_and_unique() {
        let emails: std::collections::BTreeSet<String> = (0..2_000)
            .map(|n| demo_person(n, "demo-workspace.example").email)
            .collect();
        assert_eq!(emails.len(), 2_000);
        for email in &emails {
            assert!(Email::parse(email).is_ok(), "{email} should be accepted");
        }
    }

    #[test]
    fn workspace_names_become_domains() {
        assert_eq!(slug("Acme Support"), "acme-support");
        assert_eq!(slug("  Été!! "), "t");
        assert_eq!(slug("日本"), "demo");
    }
}
