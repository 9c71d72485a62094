//! The small part of JavaScript's regular expressions that minimatch emits for one path
//! segment, parsed from the exact source minimatch builds and matched by backtracking.
//!
//! Interpreting the source rather than the glob keeps minimatch's quirks: an escaped `|`
//! becomes an alternation, `[\^a]` a negated class, a POSIX class switches the whole segment
//! to code-point (`u`) mode, where some escapes are syntax errors. Without `u`, characters are
//! UTF-16 code units, as in JavaScript. It never compiles anything minimatch cannot emit
//! (back-references, `{n,m}`, look-behind): those are refused as unsupported.

use super::path::is_line_terminator;
use super::unicode;

/// A compiled segment expression (`^…$` with minimatch's source inside).
#[derive(Clone, Debug)]
pub(crate) struct Regex {
    alternatives: Vec<Vec<Node>>,
    unicode: bool,
}

#[derive(Clone, Debug)]
enum Node {
    Char(u32),
    Dot,
    Class(Class),
    Start,
    End,
    Group(Vec<Vec<Node>>),
    NegativeLookahead(Vec<Vec<Node>>),
    Repeat {
        atom: Box<Node>,
        min: usize,
        max: Option<usize>,
    },
}

#[derive(Clone, Debug)]
struct Class {
    negated: bool,
    items: Vec<ClassItem>,
}

#[derive(Clone, Debug)]
enum ClassItem {
    Char(u32),
    Range(u32, u32),
    Property { bit: u32, negated: bool },
}

enum Escape {
    Char(u32),
    Property { bit: u32, negated: bool },
}

impl Regex {
    /// Parses a JavaScript regular-expression source (UTF-16) with or without the `u` flag.
    /// The error is JavaScript's complaint, in words.
    pub(crate) fn parse(source: &[u16], unicode: bool) -> Result<Regex, String> {
        let chars: Vec<u32> = if unicode {
            char::decode_utf16(source.iter().copied())
                .map(|r| match r {
                    Ok(c) => c as u32,
                    Err(e) => u32::from(e.unpaired_surrogate()),
                })
                .collect()
        } else {
            source.iter().map(|&u| u32::from(u)).collect()
        };
        let mut parser = Parser {
            s: &chars,
            i: 0,
            unicode,
        };
        let alternatives = parser.disjunction()?;
        if parser.i < chars.len() {
            return Err("unmatched ')'".to_owned());
        }
        Ok(Regex { alternatives, unicode })
    }

    /// `RegExp.prototype.test` on a path segment.
    pub(crate) fn test(&self, text: &str) -> bool {
        let units: Vec<u32> = if self.unicode {
            text.chars().map(|c| c as u32).collect()
        } else {
            text.encode_utf16().map(u32::from).collect()
        };
        (0..=units.len()).any(|start| self.matches_at(&units, start))
    }

    fn matches_at(&self, text: &[u32], start: usize) -> bool {
        let m = Matcher { text };
        m.disjunction(&self.alternatives, start, &mut |_| true)
    }
}

struct Parser<'a> {
    s: &'a [u32],
    i: usize,
    unicode: bool,
}

const SYNTAX_CHARACTERS: &str = "^$\\.*+?()[]{}|/";

fn is(c: Option<u32>, expected: char) -> bool {
    c == Some(expected as u32)
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.s.get(self.i).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u32> {
        self.s.get(self.i + offset).copied()
    }

    fn next(&mut self) -> Option<u32> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    fn disjunction(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alternatives = vec![self.alternative()?];
        while is(self.peek(), '|') {
            self.i += 1;
            alternatives.push(self.alternative()?);
        }
        Ok(alternatives)
    }

    fn alternative(&mut self) -> Result<Vec<Node>, String> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let atom = self.atom()?;
            let quantifier = match self.peek().and_then(char::from_u32) {
                Some('*') => Some((0, None)),
                Some('+') => Some((1, None)),
                Some('?') => Some((0, Some(1))),
                Some('{') => return Err("unsupported: a {n,m} quantifier".to_owned()),
                _ => None,
            };
            match quantifier {
                Some((min, max)) => {
                    self.i += 1;
                    if is(self.peek(), '?') {
                        // Laziness changes which match is found, never whether one exists.
                        self.i += 1;
                    }
                    match atom {
                        Node::Char(_) | Node::Dot | Node::Class(_) => {
                            nodes.push(Node::Repeat {
                                atom: Box::new(atom),
                                min,
                                max,
                            });
                        }
                        Node::Start | Node::End => return Err("nothing to repeat".to_owned()),
                        _ => return Err("unsupported: a repeated group".to_owned()),
                    }
                }
                None => nodes.push(atom),
            }
        }
        Ok(nodes)
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self.next().ok_or("unexpected end")?;
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        Ok(match ch {
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Dot,
            '(' => {
                let kind = if is(self.peek(), '?') {
                    let k = self.peek_at(1).and_then(char::from_u32);
                    self.i += 2;
                    match k {
                        Some(':') => ':',
                        Some('!') => '!',
                        _ => return Err("unsupported: a look-around or named group".to_owned()),
                    }
                } else {
                    ':'
                };
                let inner = self.disjunction()?;
                if !is(self.next(), ')') {
                    return Err("unterminated group".to_owned());
                }
                if kind == '!' {
                    Node::NegativeLookahead(inner)
                } else {
                    Node::Group(inner)
                }
            }
            '[' => Node::Class(self.class()?),
            '\\' => match self.escape(false)? {
                Escape::Char(c) => Node::Char(c),
                Escape::Property { bit, negated } => Node::Class(Class {
                    negated: false,
                    items: vec![ClassItem::Property { bit, negated }],
                }),
            },
            '*' | '+' | '?' => return Err("nothing to repeat".to_owned()),
            '{' | '}' | ']' if self.unicode => return Err("lone quantifier brackets".to_owned()),
            '{' => return Err("unsupported: a {n,m} quantifier".to_owned()),
            _ => Node::Char(c),
        })
    }

    fn escape(&mut self, in_class: bool) -> Result<Escape, String> {
        let c = self.next().ok_or("\\ at end of pattern")?;
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let value = match ch {
            't' => 0x09,
            'n' => 0x0a,
            'v' => 0x0b,
            'f' => 0x0c,
            'r' => 0x0d,
            'x' => {
                let hex = |d: Option<u32>| d.and_then(char::from_u32).and_then(|d| d.to_digit(16));
                match (hex(self.peek()), hex(self.peek_at(1))) {
                    (Some(a), Some(b)) => {
                        self.i += 2;
                        a * 16 + b
                    }
                    _ if self.unicode => return Err("invalid escape".to_owned()),
                    _ => c,
                }
            }
            'p' | 'P' if self.unicode => {
                if !is(self.next(), '{') {
                    return Err("invalid property name".to_owned());
                }
                let start = self.i;
                while self.peek().is_some_and(|c| c != '}' as u32) {
                    self.i += 1;
                }
                let name: String = self.s[start..self.i]
                    .iter()
                    .filter_map(|&c| char::from_u32(c))
                    .collect();
                if !is(self.next(), '}') {
                    return Err("invalid property name".to_owned());
                }
                let bit = unicode::PROPERTIES
                    .iter()
                    .position(|p| *p == name)
                    .ok_or_else(|| format!("unsupported: the property {name}"))?;
                return Ok(Escape::Property {
                    bit: bit as u32,
                    negated: ch == 'P',
                });
            }
            'b' if in_class => 0x08,
            '-' if in_class => c,
            'b' | 'B' | 'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'c' | 'k' | 'u' | '0'..='9' => {
                return Err(format!("unsupported: the escape \\{ch}"));
            }
            _ if self.unicode && !SYNTAX_CHARACTERS.contains(ch) => return Err("invalid escape".to_owned()),
            _ => c,
        };
        Ok(Escape::Char(value))
    }

    fn class_atom(&mut self, c: u32) -> Result<Escape, String> {
        if c == '\\' as u32 {
            self.escape(true)
        } else {
            Ok(Escape::Char(c))
        }
    }

    fn class(&mut self) -> Result<Class, String> {
        let negated = is(self.peek(), '^');
        if negated {
            self.i += 1;
        }
        let mut items = Vec::new();
        loop {
            let c = self.next().ok_or("unterminated character class")?;
            if c == ']' as u32 {
                break;
            }
            let a = self.class_atom(c)?;
            let is_range = is(self.peek(), '-') && self.peek_at(1).is_some_and(|n| n != ']' as u32);
            if !is_range {
                items.push(item(a));
                continue;
            }
            self.i += 1;
            let c2 = self.next().ok_or("unterminated character class")?;
            let b = self.class_atom(c2)?;
            match (a, b) {
                (Escape::Char(x), Escape::Char(y)) => {
                    if x > y {
                        return Err("range out of order in character class".to_owned());
                    }
                    items.push(ClassItem::Range(x, y));
                }
                _ if self.unicode => return Err("invalid character class".to_owned()),
                (a, b) => {
                    items.push(item(a));
                    items.push(ClassItem::Char('-' as u32));
                    items.push(item(b));
                }
            }
        }
        Ok(Class { negated, items })
    }
}

fn item(e: Escape) -> ClassItem {
    match e {
        Escape::Char(c) => ClassItem::Char(c),
        Escape::Property { bit, negated } => ClassItem::Property { bit, negated },
    }
}

struct Matcher<'a> {
    text: &'a [u32],
}

impl Matcher<'_> {
    fn disjunction(&self, alternatives: &[Vec<Node>], pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
        alternatives.iter().any(|alt| self.sequence(alt, pos, k))
    }

    fn single(&self, node: &Node, c: u32) -> bool {
        match node {
            Node::Char(x) => *x == c,
            Node::Dot => !is_line_terminator(c),
            Node::Class(class) => {
                let hit = class.items.iter().any(|item| match *item {
                    ClassItem::Char(x) => x == c,
                    ClassItem::Range(lo, hi) => lo <= c && c <= hi,
                    ClassItem::Property { bit, negated } => {
                        // Without `u`, a code unit is tested as the code point of that value.
                        let has = unicode::properties(c) & (1 << bit) != 0;
                        has != negated
                    }
                });
                hit != class.negated
            }
            _ => false,
        }
    }

    fn sequence(&self, nodes: &[Node], pos: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
        let Some((node, rest)) = nodes.split_first() else {
            return k(pos);
        };
        let text = self.text;
        match node {
            Node::Char(_) | Node::Dot | Node::Class(_) => {
                pos < text.len() && self.single(node, text[pos]) && self.sequence(rest, pos + 1, k)
            }
            Node::Start => pos == 0 && self.sequence(rest, pos, k),
            Node::End => pos == text.len() && self.sequence(rest, pos, k),
            Node::Group(alternatives) => alternatives
                .iter()
                .any(|alt| self.sequence(alt, pos, &mut |p| self.sequence(rest, p, k))),
            Node::NegativeLookahead(alternatives) => {
                !self.disjunction(alternatives, pos, &mut |_| true) && self.sequence(rest, pos, k)
            }
            Node::Repeat { atom, min, max } => {
                let mut n = 0;
                while max.is_none_or(|m| n < m) && pos + n < text.len() && self.single(atom, text[pos + n]) {
                    n += 1;
                }
                if n < *min {
                    return false;
                }
                (*min..=n).rev().any(|count| self.sequence(rest, pos + count, k))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re(src: &str, unicode: bool) -> Regex {
        Regex::parse(&src.encode_utf16().collect::<Vec<_>>(), unicode).unwrap()
    }

    #[test]
    fn anchored_classes_and_stars() {
        let r = re("^(?!(?:^|/)\\.\\.?(?:$|/))[^/]*?\\.js$", false);
        assert!(r.test("a.js"));
        assert!(r.test(".js"));
        assert!(!r.test("a.jsx"));
        let r = re("^[a-c][^/]$", false);
        assert!(r.test("bz"));
        assert!(!r.test("dz"));
    }

    #[test]
    fn escaped_pipe_is_an_alternation() {
        // minimatch turns `[ab]\|c` into `^[ab]|c$`.
        let r = re("^[ab]|c$", false);
        assert!(r.test("axyz"));
        assert!(r.test("zzc"));
        assert!(!r.test("zz"));
    }

    #[test]
    fn code_units_without_u_code_points_with_u() {
        assert!(re("^[^/]$", false).test("a"));
        assert!(!re("^[^/]$", false).test("😀"));
        assert!(re("^[^/][^/]$", false).test("😀"));
        assert!(re("^[^/]$", true).test("😀"));
        assert!(re("^[\\p{L}]$", true).test("é"));
        assert!(!re("^[\\p{L}]$", true).test("1"));
    }

    #[test]
    fn u_mode_syntax_errors() {
        let parse = |s: &str| Regex::parse(&s.encode_utf16().collect::<Vec<_>>(), true);
        assert!(parse("^[\\p{Nd}]\\-x$").is_err());
        assert!(parse("^[\\p{Nd}]\\ x$").is_err());
        assert!(parse("^[\\p{Nd}\\-x]$").is_ok());
        assert!(parse("^[z-a]$").is_err());
        assert!(re("^\\$.$", false).test("$x"));
        assert!(!re("^a$.$", false).test("ax"));
    }
}
