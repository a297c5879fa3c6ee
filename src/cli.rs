//! The `roster` command line.

use crate::auth::api_tokens::model::{Access, DEFAULT_LIFETIME_IN_DAYS};
use crate::auth::api_tokens::service::{self as api_tokens, TokenRequest};
use crate::db::{Clock, Db};
use crate::error::AppError;
use crate::policy::Role;
use crate::server::config::{self, Settings};
use crate::server::{self, Config, StartError};
use crate::users::email::Email;
use crate::workspace::demo;
use crate::workspace::service::{self, AdminCreated};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "roster",
    version,
    about = "Roster: who may enter a messaging workspace and what each person may do there",
    after_help = "Each setting comes from its environment variable (see .env.example) or its \
                  flag before the command; DATABASE_URL picks SQLite (default) or PostgreSQL."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub settings: Settings,
}

impl Cli {
    /// The command line and environment of this process; on a bad setting or usage, exits
    /// with clap's message (naming the variable) and status 2.
    pub fn from_process() -> (Self, Config) {
        let command = config::ignoring_blank_variables(Self::command());
        let parsed = command
            .try_get_matches()
            .and_then(|matches| Self::from_arg_matches(&matches))
            .and_then(|cli| Ok((Config::from_settings(cli.settings.clone())?, cli)));
        match parsed {
            Ok((config, cli)) => (cli, config),
            Err(error) => error.exit(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (the default when no command is given)
    Serve,
    /// Create an empty workspace
    CreateWorkspace {
        /// The workspace's name, unique in this installation
        #[arg(long)]
        name: String,
    },
    /// Make a person an admin of a workspace, creating their account if needed.
    /// The password of a new account comes from ROSTER_PASSWORD, or is asked for.
    CreateAdmin {
        /// The name of an existing workspace
        #[arg(long)]
        workspace: String,
        /// The admin's email address; they sign in with it
        #[arg(long)]
        email: String,
        /// The admin's display name
        #[arg(long)]
        name: String,
    },
    /// Give a person a role in a workspace, creating their account if needed: for setting up
    /// a team before invitations can be emailed. Password as for create-admin.
    AddMember {
        /// The name of an existing workspace
        #[arg(long)]
        workspace: String,
        /// The person's email address; they sign in with it
        #[arg(long)]
        email: String,
        /// The person's display name
        #[arg(long)]
        name: String,
        /// admin, editor or agent
        #[arg(long)]
        role: Role,
    },
    /// Fill a workspace with made-up people, for trying Roster out and for benchmarks. The
    /// workspace is created if needed, with an admin admin@<workspace>.example; everyone
    /// shares one password, from ROSTER_PASSWORD or asked for. Run again to add more.
    SeedDemo {
        /// The workspace to fill
        #[arg(long, default_value = "Demo workspace")]
        workspace: String,
        /// How many people to add
        #[arg(long, default_value_t = 1_000)]
        users: usize,
    },
    /// API tokens, for provisioning scripts
    #[command(subcommand)]
    ApiToken(ApiTokenCommand),
}

#[derive(Debug, Subcommand)]
pub enum ApiTokenCommand {
    /// Make an API token acting as a member of a workspace, and print it (it is shown once)
    Create {
        /// The name of an existing workspace
        #[arg(long)]
        workspace: String,
        /// The email of a member of that workspace; the token acts with their role
        #[arg(long)]
        email: String,
        /// What the token is for, as its list shows it
        #[arg(long)]
        name: String,
        /// Days until it expires: 7, 30, 90 or 365
        #[arg(long, default_value_t = DEFAULT_LIFETIME_IN_DAYS)]
        expires_in_days: u32,
        /// Only read, never change anything
        #[arg(long)]
        read_only: bool,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("{}", describe(.0))]
    Refused(AppError),
    #[error("could not read the password: {0}")]
    Prompt(std::io::Error),
    #[error("the passwords do not match")]
    PasswordMismatch,
}

impl From<AppError> for CliError {
    fn from(error: AppError) -> Self {
        Self::Refused(error)
    }
}

/// A refusal in words for a terminal: each field problem on its own line.
fn describe(error: &AppError) -> String {
    match error {
        AppError::Validation(problems) => problems
            .iter()
            .map(|p| format!("{}: {}", p.field.replace('_', " "), p.message))
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    }
}

pub async fn run(cli: Cli, config: Config) -> Result<(), CliError> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => Ok(server::serve(config).await?),
        Command::CreateWorkspace { name } => {
            let db = connect(&config).await?;
            let id = service::create_workspace(&db, &Clock::default(), &name).await?;
            println!("Created workspace \"{}\" (id {id}).", name.trim());
            db.close().await;
            Ok(())
        }
        Command::CreateAdmin {
            workspace,
            email,
            name,
        } => add_member(&config, &workspace, &email, &name, Role::Admin).await,
        Command::AddMember {
            workspace,
            email,
            name,
            role,
        } => add_member(&config, &workspace, &email, &name, role).await,
        Command::SeedDemo { workspace, users } => seed_demo(&config, &workspace, users).await,
        Command::ApiToken(ApiTokenCommand::Create {
            workspace,
            email,
            name,
            expires_in_days,
            read_only,
        }) => {
            let db = connect(&config).await?;
            let email = Email::parse(&email).map_err(|m| AppError::field("email", m))?;
            let request = TokenRequest {
                name,
                lifetime_in_days: expires_in_days,
                access: match read_only {
                    true => Access::ReadOnly,
                    false => Access::SameAsRole,
                },
            };
            let made = api_tokens::create_from_command_line(
                &db,
                &Clock::default(),
                &workspace,
                &email,
                request,
            )
            .await;
            db.close().await;
            // The token alone on standard output, so a script can capture it.
            println!("{}", made?);
            Ok(())
        }
    }
}

async fn seed_demo(config: &Config, workspace: &str, users: usize) -> Result<(), CliError> {
    let db = connect(config).await?;
    let password = new_password()?;
    let seeded = demo::seed_demo(&db, &Clock::default(), workspace, users, password).await?;
    println!(
        "Added {} people to \"{}\" (id {}). Sign in as {}{}; everyone shares that password.",
        seeded.added,
        workspace.trim(),
        seeded.workspace_id,
        seeded.admin_email,
        match seeded.admin_created {
            AdminCreated::NewAccount => "",
            AdminCreated::ExistingAccount => " (its password was not changed)",
        }
    );
    db.close().await;
    Ok(())
}

async fn add_member(
    config: &Config,
    workspace: &str,
    email: &str,
    name: &str,
    role: Role,
) -> Result<(), CliError> {
    let db = connect(config).await?;
    let parsed = Email::parse(email).map_err(|m| AppError::field("email", m))?;
    let has_account = crate::users::repo::find_user_id_by_email(db.pool(), &parsed)
        .await
        .map_err(AppError::from)?
        .is_some();
    let password = if has_account {
        String::new()
    } else {
        new_password()?
    };
    let outcome = service::add_member(
        &db,
        &Clock::default(),
        workspace,
        email,
        name,
        password,
        role,
    )
    .await?;
    // "an Admin", "an Editor", "an Agent": every role takes "an".
    match outcome {
        AdminCreated::NewAccount => {
            println!("Created {parsed} as an {role} of \"{}\".", workspace.trim())
        }
        AdminCreated::ExistingAccount => println!(
            "{parsed} already had an account (password unchanged); it is now an {role} of \"{}\".",
            workspace.trim()
        ),
    }
    db.close().await;
    Ok(())
}

/// The database the settings name, for a command that works on it directly.
async fn connect(config: &Config) -> Result<Db, CliError> {
    Ok(Db::connect(&config.database_url)
        .await
        .map_err(StartError::from)?)
}

fn new_password() -> Result<String, CliError> {
    if let Ok(password) = std::env::var("ROSTER_PASSWORD") {
        return Ok(password);
    }
    let first =
        rpassword::prompt_password("Password for the new account: ").map_err(CliError::Prompt)?;
    let second = rpassword::prompt_password("Repeat the password: ").map_err(CliError::Prompt)?;
    if first != second {
        return Err(CliError::PasswordMismatch);
    }
    Ok(first)
}
