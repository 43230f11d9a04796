//! A server a benchmark runs as a child process: started, asked where it
//! serves (the first line it prints), talked to through its standard input
//! and output, and stopped.

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// A server process, serving until dropped.
pub(crate) struct ChildServer {
    child: Child,
    /// Where it serves: `http://HOST:PORT`.
    pub(crate) base_url: String,
    stdin: Option<ChildStdin>,
    /// The lines it prints after its first.
    lines: Receiver<String>,
}

impl ChildServer {
    /// Starts `command`, with its standard input and output piped, and reads
    /// the first line it prints, whose first `http://` word is where it
    /// serves. What it prints later is read as it comes, so that it never
    /// writes to a closed or full pipe, and kept for [`Self::close_input`].
    pub(crate) fn start(mut command: Command) -> Result<ChildServer, String> {
        let shown = format!("{:?}", command.get_program());
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting {shown}: {e}"))?;
        let stdin = child.stdin.take();
        let stdout = child
            .stdout
            .take()
            .ok_or(format!("no output from {shown}"))?;
        let mut reader = BufReader::new(stdout);
        let mut first = String::new();
        let read = reader.read_line(&mut first);
        let base_url = read.map_err(|e| e.to_string()).and_then(|_| {
            base_url(&first).ok_or(format!(
                "{shown} said `{}`, not where it serves",
                first.trim()
            ))
        });
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in reader.lines() {
                let Ok(line) = line else { break };
                // Nobody may be listening; the line is read all the same.
                let _ = send.send(line);
            }
        });
        let mut server = ChildServer {
            child,
            base_url: String::new(),
            stdin,
            lines,
        };
        // Dropped on an error, the server is stopped.
        server.base_url = base_url?;
        Ok(server)
    }

    /// Closes the server's standard input; the next line it prints, within `within`.
    pub(crate) fn close_input(&mut self, within: Duration) -> Result<String, String> {
        drop(self.stdin.take());
        self.lines.recv_timeout(within).map_err(|e| match e {
            RecvTimeoutError::Timeout => {
                format!("the server printed nothing within {within:?} of its input closing")
            }
            RecvTimeoutError::Disconnected => "the server stopped without a word".to_owned(),
        })
    }
}

/// The first word of `line` that is an `http://` URL.
fn base_url(line: &str) -> Option<String> {
    line.split_whitespace()
        .find(|word| word.starts_with("http://"))
        .map(str::to_owned)
}

impl Drop for ChildServer {
    fn drop(&mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        // Interrupted, a server stops as on Ctrl-C (the fake DingTalk then
        // removes the files it stored); killed, it would leave them behind.
        let interrupted = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .is_ok_and(|status| status.success());
        if interrupted {
            for _ in 0..100 {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A shell script standing in for a server: it says where it serves,
    /// waits for its input to end, then prints a line.
    fn script(text: &str) -> Command {
        let mut command = Command::new("sh");
        command.arg("-c").arg(text);
        command
    }

    #[test]
    fn the_first_line_says_where_it_serves_and_later_lines_are_kept() {
        let mut server = ChildServer::start(script(
            "echo 'listening on http://127.0.0.1:9 now'; cat > /dev/null; echo 'connections 3'; exec sleep 30",
        ))
        .unwrap();
        assert_eq!(server.base_url, "http://127.0.0.1:9");
        assert_eq!(
            server.close_input(Duration::from_secs(10)).unwrap(),
            "connections 3"
        );
    }

    #[test]
    fn a_server_that_does_not_say_where_it_serves_is_an_error() {
        let error = ChildServer::start(script("echo 'starting'; exec sleep 30"))
            .err()
            .unwrap();
        assert!(error.contains("`starting`, not where it serves"), "{error}");
    }

    #[test]
    fn silence_after_the_input_closes_is_an_error() {
        let mut server =
            ChildServer::start(script("echo http://127.0.0.1:9; exec sleep 30")).unwrap();
        let error = server.close_input(Duration::from_millis(200)).unwrap_err();
        assert!(error.contains("printed nothing"), "{error}");
    }
}
