//! Azure Blob REST requests on signed (SAS) URLs: Put Blob, Put Block, Put Block List and ranged
//! Get Blob, plus block ids, `Content-Range` parsing and status classification.
//!
//! Builders only: nothing here keeps state or decides a retry. A signed URL is used as given; its
//! query (the secret) is extended with `&comp=…`, never parsed or logged.

use super::retry::Rng;
use super::twirp::{is_retryable_status, Ctx};
use super::{Body, Millis, Purpose, Request, RequestId, Response, Sink, X_MS_VERSION};

/// Azure refuses a blob of more committed blocks than this.
pub(crate) const MAX_BLOCKS: u32 = 50_000;

/// `url` with `extra` (`comp=block&…`) appended to its query.
pub(crate) fn with_query(url: &str, extra: &str) -> String {
    let (base, fragment) = match url.find('#') {
        Some(at) => url.split_at(at),
        None => (url, ""),
    };
    let separator = if !base.contains('?') {
        "?"
    } else if base.ends_with('?') || base.ends_with('&') {
        ""
    } else {
        "&"
    };
    format!("{base}{separator}{extra}{fragment}")
}

/// A UUID-like string (8-4-4-4-12 lowercase hex, version 4 bits set) drawn from the PRNG: the
/// 36-character prefix of every block id of one upload, as the Azure JS SDK makes with a random UUID.
pub(crate) fn uuid_prefix(rng: &mut Rng) -> String {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&rng.next_u64().to_be_bytes());
    bytes[8..].copy_from_slice(&rng.next_u64().to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = crate::key::hex(&bytes);
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The block id of block `index`: base64 of the 36-character prefix followed by the index
/// zero-padded to 12 digits (48 characters, so every id is 64 base64 characters long).
pub(crate) fn block_id(prefix: &str, index: u32) -> String {
    let source = format!("{prefix}{:0width$}", index, width = 48usize.saturating_sub(prefix.len()));
    base64(source.as_bytes())
}

/// Standard base64 with padding.
pub(crate) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Percent-encodes everything but the RFC 3986 unreserved characters (as `encodeURIComponent`
/// does for base64's `+`, `/` and `=`).
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn blob_headers(ctx: &Ctx) -> Vec<(String, String)> {
    let mut headers = vec![("x-ms-version".to_owned(), X_MS_VERSION.to_owned())];
    ctx.common_headers(&mut headers);
    headers
}

fn put(ctx: &Ctx, id: RequestId, url: String, headers: Vec<(String, String)>, body: Body, purpose: Purpose) -> Request {
    Request {
        id,
        method: "PUT".into(),
        url,
        headers,
        body,
        sink: Sink::Discard,
        purpose,
        idle_timeout_ms: ctx.policy.idle_timeout_ms,
    }
}

/// Put Blob: the whole archive (block 0) in one request.
pub(crate) fn put_blob(ctx: &Ctx, id: RequestId, sas: &str, len: u64) -> Request {
    let mut headers = vec![("x-ms-blob-type".to_owned(), "BlockBlob".to_owned())];
    headers.extend(blob_headers(ctx));
    put(ctx, id, sas.to_owned(), headers, Body::Block { index: 0, len }, Purpose::PutBlob)
}

/// Put Block: block `index` under its id.
pub(crate) fn put_block(ctx: &Ctx, id: RequestId, sas: &str, block_id: &str, index: u32, len: u64) -> Request {
    let url = with_query(sas, &format!("comp=block&blockid={}", percent_encode(block_id)));
    put(ctx, id, url, blob_headers(ctx), Body::Block { index, len }, Purpose::PutBlock)
}

/// The Put Block List XML for the ids, in order.
pub(crate) fn block_list_xml(ids: &[String]) -> String {
    let mut xml = String::from(r#"<?xml version="1.0" encoding="utf-8"?><BlockList>"#);
    for id in ids {
        xml.push_str("<Latest>");
        xml.push_str(id);
        xml.push_str("</Latest>");
    }
    xml.push_str("</BlockList>");
    xml
}

/// Put Block List: commits the blocks, in index order.
pub(crate) fn put_block_list(ctx: &Ctx, id: RequestId, sas: &str, ids: &[String]) -> Request {
    let mut headers = vec![("Content-Type".to_owned(), "application/xml".to_owned())];
    headers.extend(blob_headers(ctx));
    let url = with_query(sas, "comp=blocklist");
    put(ctx, id, url, headers, Body::Text { text: block_list_xml(ids) }, Purpose::PutBlockList)
}

/// Get Blob for bytes `start..=last`, into the archive at `start`.
pub(crate) fn get_range(ctx: &Ctx, id: RequestId, sas: &str, start: u64, last: u64) -> Request {
    let mut headers = vec![("Range".to_owned(), format!("bytes={start}-{last}"))];
    headers.extend(blob_headers(ctx));
    Request {
        id,
        method: "GET".into(),
        url: sas.to_owned(),
        headers,
        body: Body::Empty,
        sink: Sink::Archive { offset: start },
        purpose: Purpose::GetRange,
        idle_timeout_ms: ctx.policy.idle_timeout_ms,
    }
}

/// A `Content-Range` value: `bytes a-b/total`, `bytes a-b/*` or `bytes */total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ContentRange {
    /// First and last byte, inclusive (absent for `*/total`).
    pub(crate) range: Option<(u64, u64)>,
    /// The blob size, when given.
    pub(crate) total: Option<u64>,
}

pub(crate) fn parse_content_range(value: &str) -> Option<ContentRange> {
    let rest = value.trim().strip_prefix("bytes")?.trim_start();
    let (range, total) = rest.split_once('/')?;
    let total = match total.trim() {
        "*" => None,
        t => Some(t.parse().ok()?),
    };
    let range = match range.trim() {
        "*" => None,
        r => {
            let (a, b) = r.split_once('-')?;
            let (a, b): (u64, u64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
            if b < a || total.is_some_and(|t| b >= t) {
                return None;
            }
            Some((a, b))
        }
    };
    if range.is_none() && total.is_none() {
        return None;
    }
    Some(ContentRange { range, total })
}

/// What a blob response means for the request's retry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    Success,
    /// 408/5xx: worth another attempt.
    Retry(String),
    /// 429.
    RateLimited,
    /// 403: the signed URL is refused.
    Refused(String),
    /// Any other status: give up.
    Fatal(String),
}

/// `(503 ServerBusy)`: the status and Azure's `x-ms-error-code`, when sent.
pub(crate) fn describe_status(response: &Response) -> String {
    match response.header("x-ms-error-code") {
        Some(code) if !code.is_empty() => format!("({} {code})", response.status),
        _ => format!("({})", response.status),
    }
}

pub(crate) fn classify(response: &Response) -> Verdict {
    let status = response.status;
    match status {
        200..=299 => Verdict::Success,
        429 => Verdict::RateLimited,
        403 => Verdict::Refused(describe_status(response)),
        s if is_retryable_status(s) => Verdict::Retry(describe_status(response)),
        _ => Verdict::Fatal(describe_status(response)),
    }
}

/// Retry bookkeeping of one blob request (a block, the block list, a range).
#[derive(Clone, Debug, Default)]
pub(crate) struct Attempt {
    pub(crate) in_flight: Option<RequestId>,
    pub(crate) failures: u32,
    pub(crate) ready_at: Millis,
}

impl Attempt {
    /// Whether it may be sent at `now`.
    pub(crate) fn ready(&self, now: Millis, ctx: &Ctx) -> bool {
        self.in_flight.is_none() && now >= self.ready_at && now >= ctx.gate.open_at()
    }

    /// When it may be sent, if it is not in flight.
    pub(crate) fn wake_at(&self, ctx: &Ctx) -> Option<Millis> {
        match self.in_flight {
            Some(_) => None,
            None => Some(self.ready_at.max(ctx.gate.open_at())),
        }
    }

    /// Records a failure; `Err(failures)` when the attempts are spent.
    pub(crate) fn failed(&mut self, now: Millis, ctx: &mut Ctx) -> Result<(), u32> {
        self.in_flight = None;
        self.failures += 1;
        if self.failures >= ctx.policy.max_attempts {
            return Err(self.failures);
        }
        self.ready_at = ctx.retry_at(now, self.failures);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_ids_match_the_azure_sdk() {
        // protocol-v2.md §5.3's example.
        let prefix = "3f1c2b9e-8d4a-4c55-9a61-0b7e2f6d1a23";
        assert_eq!(block_id(prefix, 1), "M2YxYzJiOWUtOGQ0YS00YzU1LTlhNjEtMGI3ZTJmNmQxYTIzMDAwMDAwMDAwMDAx");
        for index in [0, 9, 49_999] {
            assert_eq!(block_id(prefix, index).len(), 64);
        }
    }

    #[test]
    fn uuid_prefixes_are_36_characters_and_seeded() {
        let a = uuid_prefix(&mut Rng::new(42));
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
        assert_eq!(a, uuid_prefix(&mut Rng::new(42)));
        assert_ne!(a, uuid_prefix(&mut Rng::new(43)));
    }

    #[test]
    fn base64_and_percent_encoding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
        assert_eq!(percent_encode("a+/=b-_.~"), "a%2B%2F%3Db-_.~");
    }

    #[test]
    fn queries_are_extended() {
        assert_eq!(with_query("https://a/b?sig=x", "comp=block"), "https://a/b?sig=x&comp=block");
        assert_eq!(with_query("https://a/b", "comp=block"), "https://a/b?comp=block");
        assert_eq!(with_query("https://a/b?", "comp=block"), "https://a/b?comp=block");
    }

    #[test]
    fn content_ranges() {
        let r = |a, b, t| Some(ContentRange { range: Some((a, b)), total: t });
        assert_eq!(parse_content_range("bytes 0-99/1000"), r(0, 99, Some(1000)));
        assert_eq!(parse_content_range("bytes 5-9/*"), r(5, 9, None));
        assert_eq!(parse_content_range("bytes */0"), Some(ContentRange { range: None, total: Some(0) }));
        for bad in ["bytes 9-5/10", "bytes 0-10/10", "items 0-1/2", "bytes */*", "bytes x-1/2", ""] {
            assert_eq!(parse_content_range(bad), None, "{bad}");
        }
    }

    #[test]
    fn block_list_xml_in_order() {
        assert_eq!(
            block_list_xml(&["QQ==".into(), "Qg==".into()]),
            r#"<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>QQ==</Latest><Latest>Qg==</Latest></BlockList>"#
        );
    }
}
