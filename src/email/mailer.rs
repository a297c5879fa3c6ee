//! Delivery of one message: over SMTP in production, to `.eml` files in development.

use super::worker::CONCURRENT_SENDS;
use lettre::transport::smtp::{Error as SmtpError, PoolConfig};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long one SMTP connection or command may take before the attempt counts as failed.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Development without a mail server: each message becomes a file a person can open.
    Files {
        transport: AsyncFileTransport<Tokio1Executor>,
        dir: PathBuf,
    },
}

/// Why a message was not delivered, and whether trying again later could help.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    pub transient: bool,
    pub message: String,
}

impl Mailer {
    /// An SMTP mailer for `smtp://host:port` or `smtps://host:port` (lettre's URL format).
    pub fn smtp(url: &str) -> Result<Self, SmtpError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
            .timeout(Some(SMTP_TIMEOUT))
            .pool_config(PoolConfig::new().max_size(CONCURRENT_SENDS as u32))
            .build();
        Ok(Self::Smtp(transport))
    }

    /// A mailer that writes `.eml` files into `dir`, creating it.
    pub fn files(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        Ok(Self::Files {
            transport: AsyncFileTransport::new(dir),
            dir: dir.to_path_buf(),
        })
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Smtp(_) => "SMTP".into(),
            Self::Files { dir, .. } => format!(".eml files in {}", dir.display()),
        }
    }

    pub fn writes_files(&self) -> bool {
        matches!(self, Self::Files { .. })
    }

    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Self::Smtp(transport) => transport.send(message).await.map(drop).map_err(|e| {
                // 5xx answers will not change on a retry; everything else (4xx, timeouts,
                // refused connections) may.
                SendError {
                    transient: !e.is_permanent(),
                    message: e.to_string(),
                }
            }),
            Self::Files { transport, .. } => {
                transport
                    .send(message)
                    .await
                    .map(drop)
                    .map_err(|e| SendError {
                        transient: true,
                        message: e.to_string(),
                    })
            }
        }
    }
}
