//! Generates the Dart package's API (`bindings/dart/lib/ordercore.dart`) from the library's uniffi
//! metadata, and checks the test vectors against the same model.
//!
//! ```text
//! dart-bindgen --library target/release/libordercore.so --out bindings/dart/lib/ordercore.dart
//! dart-bindgen --library target/release/libordercore.so --check-vectors tests/vectors
//! ```
//!
//! The metadata (uniffi's `ComponentInterface`) gives every exported function, record and enum
//! with its docstrings; [`Model`] turns it into what Dart and the JSON see (a `String` for every
//! decimal, `int` for every integer, …) and refuses any shape it cannot express exactly. The Dart
//! file is rendered from that model ([`render`]); the vector check ([`check_vectors`]) reads every
//! vector's result as the generated `fromJson` would and writes it back as `toJson` would, and calls
//! the library with arguments written as the generated methods write them, so that the generated
//! code is proven against the library's own JSON here, where no Dart SDK exists.
//!
//! The JSON conventions this relies on are the crate's (see `src/ffi/json.rs`): records serialise
//! with their Rust field names, enums are unit-only with snake_case tags (or their Rust names, where
//! they keep a channel's spelling), `None` is omitted, and an error is `{code, field, message,
//! problems}` (the error enum's `reason` is `message`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, ensure, Context, Result};
use serde_json::{Map, Value};
use uniffi_bindgen::interface::{AsType, DefaultValue, Literal, Type};
use uniffi_bindgen::{BindgenLoader, BindgenPaths, ComponentInterface, GlobalConfig};

/// How to run it.
const USAGE: &str = "usage: dart-bindgen --library <libordercore.so> [--out <ordercore.dart>] [--check-vectors <dir>]";

/// The uniffi function that is the JSON entry rather than an operation: Dart's `callJson`.
const CALL_JSON: &str = "call_json";

/// The error variant field that the envelope's error JSON calls `message`.
const REASON: &str = "reason";

/// Runs the command: a message and a non-zero exit status on any failure.
fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dart-bindgen: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The command line: what to read and what to do with it.
struct Options {
    /// The built library whose uniffi metadata describes the API.
    library: PathBuf,
    /// Where to write the Dart file, if anywhere.
    out: Option<PathBuf>,
    /// The `tests/vectors` folder to check, if any.
    vectors: Option<PathBuf>,
}

impl Options {
    /// Reads the options from the arguments after the program's name.
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Options> {
        let (mut library, mut out, mut vectors) = (None, None, None);
        while let Some(flag) = args.next() {
            let slot = match flag.as_str() {
                "--library" => &mut library,
                "--out" => &mut out,
                "--check-vectors" => &mut vectors,
                _ => bail!("unknown argument `{flag}`\n{USAGE}"),
            };
            let value = args.next().with_context(|| format!("{flag} needs a value\n{USAGE}"))?;
            ensure!(
                slot.replace(PathBuf::from(value)).is_none(),
                "{flag} given twice\n{USAGE}"
            );
        }
        let library = library.with_context(|| format!("--library is required\n{USAGE}"))?;
        ensure!(
            out.is_some() || vectors.is_some(),
            "nothing to do: give --out and/or --check-vectors\n{USAGE}"
        );
        Ok(Options { library, out, vectors })
    }
}

/// Loads the model, then writes the Dart file and/or checks the vectors.
fn run() -> Result<()> {
    let options = Options::parse(std::env::args().skip(1))?;
    let model = Model::load(&options.library)?;
    if let Some(out) = &options.out {
        std::fs::write(out, render(&model)).with_context(|| format!("writing {}", out.display()))?;
    }
    if let Some(dir) = &options.vectors {
        let report = check_vectors(&model, dir)?;
        for problem in &report.problems {
            eprintln!("{problem}");
        }
        println!(
            "dart-bindgen: {} vectors ({} results, {} errors), {} JSON values read as the Dart types, {} results \
             written back unchanged, {} operations called with their arguments as the Dart methods write them",
            report.vectors, report.results, report.errors, report.values, report.round_trips, report.typed_calls
        );
        ensure!(
            report.problems.is_empty(),
            "{} vector problem(s); see above",
            report.problems.len()
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The model: the API as Dart and the JSON see it.
// ---------------------------------------------------------------------------------------------

/// A type as the JSON carries it and Dart declares it.
#[derive(Debug, Clone, PartialEq)]
enum Ty {
    /// A JSON string, Dart `String`: strings and the custom types built on them (decimals,
    /// currencies, instants), kept exactly as the library writes them.
    String,
    /// A JSON boolean, Dart `bool`.
    Bool,
    /// A JSON integer, Dart `int`: every integer type.
    Int,
    /// A JSON object, a generated Dart class.
    Record(String),
    /// A JSON string tag, a generated Dart enum.
    Enum(String),
    /// A JSON array, Dart `List`.
    List(Box<Ty>),
    /// A JSON object with string keys, Dart `Map<String, …>`.
    Map(Box<Ty>),
    /// `null` or absent, or the inner type; Dart `T?`.
    Optional(Box<Ty>),
}

impl Ty {
    /// The Dart type of a uniffi type; an error for every shape without an exact Dart form.
    fn from_uniffi(ty: &Type) -> Result<Ty> {
        Ok(match ty {
            Type::UInt8 | Type::Int8 | Type::UInt16 | Type::Int16 | Type::UInt32 | Type::Int32 => Ty::Int,
            // Dart's int is 64-bit signed: the vector check refuses a u64 beyond it.
            Type::UInt64 | Type::Int64 => Ty::Int,
            Type::Boolean => Ty::Bool,
            Type::String => Ty::String,
            Type::Record { name, .. } => Ty::Record(name.clone()),
            Type::Enum { name, .. } => Ty::Enum(name.clone()),
            Type::Custom { builtin, .. } => Ty::from_uniffi(builtin)?,
            // A box is Rust's layout only: the value crosses as the value.
            Type::Box { inner_type } => Ty::from_uniffi(inner_type)?,
            Type::Sequence { inner_type } => Ty::List(Box::new(Ty::from_uniffi(inner_type)?)),
            Type::Map { key_type, value_type } => {
                ensure!(
                    Ty::from_uniffi(key_type)? == Ty::String,
                    "a map key must be a string in JSON, not {key_type:?}"
                );
                Ty::Map(Box::new(Ty::from_uniffi(value_type)?))
            }
            Type::Optional { inner_type } => {
                let inner = Ty::from_uniffi(inner_type)?;
                ensure!(
                    !matches!(inner, Ty::Optional(_)),
                    "Option<Option<…>> has no JSON form (null would mean both)"
                );
                Ty::Optional(Box::new(inner))
            }
            other => bail!("no Dart form for {other:?} (objects, callbacks, floats, bytes, sets and uniffi's own timestamps and durations are not supported)"),
        })
    }

    /// Its Dart spelling.
    fn dart(&self) -> String {
        match self {
            Ty::String => "String".into(),
            Ty::Bool => "bool".into(),
            Ty::Int => "int".into(),
            Ty::Record(name) | Ty::Enum(name) => name.clone(),
            Ty::List(t) => format!("List<{}>", t.dart()),
            Ty::Map(t) => format!("Map<String, {}>", t.dart()),
            Ty::Optional(t) => format!("{}?", t.dart()),
        }
    }

    /// Whether its Dart value is already its JSON value (no `toJson` or `.json` inside).
    fn is_plain(&self) -> bool {
        match self {
            Ty::String | Ty::Bool | Ty::Int => true,
            Ty::Record(_) | Ty::Enum(_) => false,
            Ty::List(t) | Ty::Map(t) | Ty::Optional(t) => t.is_plain(),
        }
    }

    /// The records and enums it names, itself included.
    fn named(&self) -> Vec<&Ty> {
        match self {
            Ty::Record(_) | Ty::Enum(_) => vec![self],
            Ty::List(t) | Ty::Map(t) | Ty::Optional(t) => t.named(),
            Ty::String | Ty::Bool | Ty::Int => vec![],
        }
    }
}

/// A field's value when its JSON member is absent, and its constructor parameter's default.
#[derive(Debug, Clone, PartialEq)]
enum Fallback {
    /// `null` (an optional field).
    Null,
    /// A boolean literal.
    Bool(bool),
    /// An integer literal.
    Int(i64),
    /// A string literal.
    String(String),
    /// An empty list.
    EmptyList,
    /// An empty map.
    EmptyMap,
    /// A variant of the field's enum: its Dart name.
    Enum(String),
    /// The field's record with every field at its own fallback (`const R()`).
    Record,
}

/// A generated Dart class: a uniffi record.
#[derive(Debug)]
struct Record {
    /// Its name, in Rust and Dart.
    name: String,
    /// Its docstring.
    doc: Option<String>,
    /// Its fields, in declaration order.
    fields: Vec<Field>,
}

/// A record's field (or the exception's).
#[derive(Debug)]
struct Field {
    /// Its JSON member: the Rust field name.
    json: String,
    /// Its Dart name (lowerCamelCase).
    dart: String,
    /// Its type.
    ty: Ty,
    /// Its value when absent, if it may be absent.
    fallback: Option<Fallback>,
    /// Its docstring.
    doc: Option<String>,
}

/// A generated Dart enum: a unit-only uniffi enum.
#[derive(Debug)]
struct Enum {
    /// Its name, in Rust and Dart.
    name: String,
    /// Its docstring.
    doc: Option<String>,
    /// Its variants, in declaration order.
    variants: Vec<Variant>,
}

/// An enum's variant.
#[derive(Debug)]
struct Variant {
    /// Its Rust name (`HalfUp`), as uniffi literals name it.
    rust: String,
    /// Its JSON tag: serde's snake_case of the Rust name (`half_up`), or the Rust name itself in
    /// an enum that keeps a channel's spelling (`READY_TO_SHIP`).
    tag: String,
    /// Its Dart name (`halfUp`, `readyToShip`).
    dart: String,
    /// Its docstring.
    doc: Option<String>,
}

/// An operation: a uniffi function, a method of the Dart `OrderCore` class.
#[derive(Debug)]
struct Function {
    /// Its JSON method, the Rust name (`quote_json`).
    name: String,
    /// Its Dart name (`quoteJson`).
    dart: String,
    /// Its docstring.
    doc: Option<String>,
    /// Its arguments, in order: the members of the call's JSON object.
    args: Vec<Arg>,
    /// Its result's type; `None` for no result.
    result: Option<Ty>,
}

/// An argument of an operation.
#[derive(Debug)]
struct Arg {
    /// Its JSON member, the Rust name.
    json: String,
    /// Its Dart parameter name.
    dart: String,
    /// Its type.
    ty: Ty,
}

/// The error every operation may answer with: Dart's `OrderCoreException`.
#[derive(Debug)]
struct ErrorShape {
    /// The error enum's docstring.
    doc: Option<String>,
    /// The docstring of its variant for the library's own defects (code `internal`).
    internal_doc: Option<String>,
    /// The enum of its `code` (`Code`).
    code_enum: String,
    /// The members of the envelope's `error` object, as a record named `OrderCoreException`.
    body: Record,
}

/// The whole API, as the Dart file and the vector check see it.
#[derive(Debug)]
struct Model {
    /// The namespace's docstring.
    doc: Option<String>,
    /// The records, by name.
    records: BTreeMap<String, Record>,
    /// The enums, by name (the error enum excluded).
    enums: BTreeMap<String, Enum>,
    /// The operations (the JSON entry excluded), in the metadata's order.
    functions: Vec<Function>,
    /// The docstring of the JSON entry (`call_json`), if the library has one.
    call_json_doc: Option<String>,
    /// The error.
    error: ErrorShape,
}

/// Dart's reserved words (never an identifier), with `await` and `yield`, and the core types spelt
/// in lowercase (a field named `int` would hide the type in its class).
const DART_RESERVED: &[&str] = &[
    "assert", "await", "break", "case", "catch", "class", "const", "continue", "default", "do", "else", "enum",
    "extends", "false", "final", "finally", "for", "if", "in", "is", "new", "null", "rethrow", "return", "super",
    "switch", "this", "throw", "true", "try", "var", "void", "while", "with", "yield", "int", "double", "num", "bool",
    "dynamic",
];

/// What every Dart object has, which no member may be named.
const OBJECT_MEMBERS: &[&str] = &["hashCode", "runtimeType", "toString", "noSuchMethod"];

/// What a generated class has besides its fields.
const RECORD_MEMBERS: &[&str] = &["toJson", "fromJson", "isInternal"];

/// What a generated enum has besides its variants.
const ENUM_MEMBERS: &[&str] = &["json", "fromJson", "index", "name", "values"];

/// What `OrderCore` has besides its operations.
const CORE_MEMBERS: &[&str] = &["callJson"];

/// The local variable of the operations' methods, which no argument may be named.
const METHOD_LOCALS: &[&str] = &["answer"];

/// Type names the generated file uses itself, which a record or enum must not take.
const DART_TYPES: &[&str] = &[
    "OrderCore",
    "OrderCoreException",
    "String",
    "bool",
    "int",
    "List",
    "Map",
    "MapEntry",
    "Object",
    "Exception",
    "FormatException",
    "Pointer",
    "Utf8",
    "Void",
    "DynamicLibrary",
    "Platform",
    "Function",
    "Null",
    "dynamic",
];

impl Model {
    /// Loads the model from the uniffi metadata embedded in `library`.
    fn load(library: &Path) -> Result<Model> {
        let path = library
            .to_str()
            .with_context(|| format!("{} is not a UTF-8 path", library.display()))?;
        let loader = BindgenLoader::new(BindgenPaths::default(), GlobalConfig::default());
        let metadata = loader
            .load_metadata(path.as_ref())
            .with_context(|| format!("reading the uniffi metadata of {path}"))?;
        let cis = loader.load_cis(metadata)?;
        let [ci] = cis.as_slice() else {
            bail!("{path} holds {} uniffi components; one was expected", cis.len())
        };
        Model::from_ci(ci).with_context(|| format!("the API in {path}"))
    }

    /// The model of one component, refusing anything the Dart file could not express exactly.
    fn from_ci(ci: &ComponentInterface) -> Result<Model> {
        ensure!(
            ci.object_definitions().is_empty(),
            "objects (interfaces) are not supported"
        );
        ensure!(
            ci.callback_interface_definitions().is_empty(),
            "callback interfaces are not supported"
        );

        let mut enums = BTreeMap::new();
        let mut error_enums = BTreeMap::new();
        for e in ci.enum_definitions() {
            ensure!(
                e.constructors().is_empty() && e.methods().is_empty(),
                "enum {} has methods or constructors",
                e.name()
            );
            if ci.is_name_used_as_error(e.name()) {
                error_enums.insert(e.name().to_owned(), e);
                continue;
            }
            enums.insert(e.name().to_owned(), Enum::from_uniffi(e)?);
        }

        let mut records = BTreeMap::new();
        for r in ci.record_definitions() {
            ensure!(
                r.constructors().is_empty() && r.methods().is_empty(),
                "record {} has methods or constructors",
                r.name()
            );
            let fields = r
                .fields()
                .iter()
                .map(|f| Field::from_uniffi(f.name(), &f.as_type(), f.default_value(), f.docstring(), &enums))
                .collect::<Result<Vec<_>>>()
                .with_context(|| format!("in record {}", r.name()))?;
            let record = Record {
                name: r.name().to_owned(),
                doc: r.docstring().map(str::to_owned),
                fields,
            };
            records.insert(r.name().to_owned(), record);
        }

        let mut functions = Vec::new();
        let mut call_json_doc = None;
        let mut throws = BTreeSet::new();
        for f in ci.function_definitions() {
            ensure!(!f.is_async(), "function {} is async", f.name());
            let args = f.arguments();
            if f.name() == CALL_JSON {
                let shape: Vec<Type> = args.iter().map(|a| a.as_type()).collect();
                ensure!(
                    shape == [Type::String, Type::String] && f.return_type() == Some(&Type::String) && !f.throws(),
                    "{CALL_JSON} must be (String, String) -> String, never throwing"
                );
                call_json_doc = f.docstring().map(str::to_owned);
                continue;
            }
            if let Some(t) = f.throws_type() {
                throws.insert(t.name().unwrap_or_default().to_owned());
            }
            let args = args
                .iter()
                .map(|a| {
                    let (json, dart) = (a.name().to_owned(), member_name(a.name(), METHOD_LOCALS)?);
                    Ok(Arg {
                        json,
                        dart,
                        ty: Ty::from_uniffi(&a.as_type())?,
                    })
                })
                .collect::<Result<Vec<_>>>()
                .with_context(|| format!("in function {}", f.name()))?;
            let result = f
                .return_type()
                .map(Ty::from_uniffi)
                .transpose()
                .with_context(|| format!("in function {}", f.name()))?;
            let doc = f.docstring().map(str::to_owned);
            let dart = member_name(f.name(), CORE_MEMBERS)?;
            functions.push(Function {
                name: f.name().to_owned(),
                dart,
                doc,
                args,
                result,
            });
        }

        let [error_name] = Vec::from_iter(&throws)[..] else {
            bail!("every function should throw the same error enum; found {throws:?}")
        };
        let error_enum = error_enums
            .get(error_name)
            .with_context(|| format!("no error enum {error_name}"))?;
        let error = ErrorShape::from_uniffi(error_enum, &enums)?;

        let model = Model {
            doc: ci.namespace_docstring().map(str::to_owned),
            records,
            enums,
            functions,
            call_json_doc,
            error,
        };
        model.validate()?;
        Ok(model)
    }

    /// Checks that every name is a legal, unique Dart name and that every type and fallback refers
    /// to something the file defines.
    fn validate(&self) -> Result<()> {
        let mut types = BTreeSet::new();
        for name in self.records.keys().chain(self.enums.keys()) {
            ensure!(
                name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric()),
                "type {name} is not an UpperCamelCase name"
            );
            ensure!(
                !DART_TYPES.contains(&name.as_str()),
                "type {name} would clash with a name the Dart file uses"
            );
            ensure!(types.insert(name), "two types are named {name}");
        }
        for record in self.records.values().chain([&self.error.body]) {
            let mut names = BTreeSet::new();
            for field in &record.fields {
                ensure!(
                    names.insert(&field.dart),
                    "two fields of {} are named {} in Dart",
                    record.name,
                    field.dart
                );
                self.validate_ty(&field.ty)
                    .with_context(|| format!("field {}.{}", record.name, field.json))?;
                if field.fallback == Some(Fallback::Record) {
                    let Ty::Record(name) = &field.ty else {
                        bail!("field {}.{}: a record default", record.name, field.json)
                    };
                    let inner = &self.records[name];
                    ensure!(
                        inner.fields.iter().all(|f| f.fallback.is_some()),
                        "field {}.{} defaults to {name}'s default, but not every field of {name} has one",
                        record.name,
                        field.json
                    );
                }
            }
        }
        let mut methods = BTreeSet::new();
        for f in &self.functions {
            ensure!(methods.insert(&f.dart), "two functions are named {} in Dart", f.dart);
            let mut names = BTreeSet::new();
            for arg in &f.args {
                ensure!(
                    names.insert(&arg.dart),
                    "two arguments of {} are named {} in Dart",
                    f.name,
                    arg.dart
                );
                self.validate_ty(&arg.ty)
                    .with_context(|| format!("argument {} of {}", arg.json, f.name))?;
            }
            if let Some(result) = &f.result {
                self.validate_ty(result)
                    .with_context(|| format!("the result of {}", f.name))?;
            }
        }
        Ok(())
    }

    /// Checks that every record and enum `ty` names is defined.
    fn validate_ty(&self, ty: &Ty) -> Result<()> {
        for named in ty.named() {
            match named {
                Ty::Record(name) => ensure!(self.records.contains_key(name), "no record {name} (an external type?)"),
                Ty::Enum(name) => ensure!(self.enums.contains_key(name), "no unit-only enum {name}"),
                _ => {}
            }
        }
        Ok(())
    }

    /// The operation whose JSON method is `name`.
    fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }
}

impl Enum {
    /// A unit-only uniffi enum; enums whose variants carry data are refused.
    fn from_uniffi(e: &uniffi_bindgen::interface::Enum) -> Result<Enum> {
        ensure!(
            !e.variants().is_empty(),
            "enum {} has no variants (Dart enums need one)",
            e.name()
        );
        let mut variants = Vec::new();
        let mut tags = BTreeSet::new();
        let mut darts = BTreeSet::new();
        let verbatim = e.variants().iter().any(|v| !is_upper_camel_case(v.name()));
        for v in e.variants() {
            ensure!(
                !v.has_fields(),
                "enum {} has data in variant {} (not supported)",
                e.name(),
                v.name()
            );
            let tag = if verbatim {
                v.name().to_owned()
            } else {
                serde_snake_case(v.name())
            };
            let dart = member_name(&tag.to_lowercase(), ENUM_MEMBERS)
                .with_context(|| format!("variant {}::{}", e.name(), v.name()))?;
            ensure!(
                tags.insert(tag.clone()),
                "two variants of {} have the tag {tag}",
                e.name()
            );
            ensure!(
                darts.insert(dart.clone()),
                "two variants of {} have the Dart name {dart}",
                e.name()
            );
            variants.push(Variant {
                rust: v.name().to_owned(),
                tag,
                dart,
                doc: v.docstring().map(str::to_owned),
            });
        }
        Ok(Enum {
            name: e.name().to_owned(),
            doc: e.docstring().map(str::to_owned),
            variants,
        })
    }

    /// The variant whose Rust name is `rust`.
    fn variant(&self, rust: &str) -> Option<&Variant> {
        self.variants.iter().find(|v| v.rust == rust)
    }
}

impl Field {
    /// A record field, with its fallback taken from its uniffi default (`#[uniffi(default)]`).
    fn from_uniffi(
        name: &str,
        ty: &Type,
        default: Option<&DefaultValue>,
        doc: Option<&str>,
        enums: &BTreeMap<String, Enum>,
    ) -> Result<Field> {
        let dart_ty = Ty::from_uniffi(ty).with_context(|| format!("field {name}"))?;
        let fallback = match default {
            None if matches!(dart_ty, Ty::Optional(_)) => Some(Fallback::Null),
            None => None,
            // A custom type's Rust default (a decimal's "0") is not its builtin's ("").
            Some(DefaultValue::Default) if matches!(ty, Type::Custom { .. }) => {
                bail!("field {name}: the Rust default of {ty:?} has no known Dart value")
            }
            Some(d) => Some(fallback(&dart_ty, d, enums).with_context(|| format!("the default of field {name}"))?),
        };
        let dart = member_name(name, RECORD_MEMBERS)?;
        Ok(Field {
            json: name.to_owned(),
            dart,
            ty: dart_ty,
            fallback,
            doc: doc.map(str::to_owned),
        })
    }
}

/// The Dart value of a uniffi default of a field of Dart type `dart_ty`, or why it has none we can
/// trust (a custom type's `Default` is refused before this).
fn fallback(dart_ty: &Ty, default: &DefaultValue, enums: &BTreeMap<String, Enum>) -> Result<Fallback> {
    Ok(match (default, dart_ty) {
        (DefaultValue::Default | DefaultValue::Literal(Literal::None), Ty::Optional(_)) => Fallback::Null,
        (DefaultValue::Default | DefaultValue::Literal(Literal::EmptySequence), Ty::List(_)) => Fallback::EmptyList,
        (DefaultValue::Default | DefaultValue::Literal(Literal::EmptyMap), Ty::Map(_)) => Fallback::EmptyMap,
        (DefaultValue::Default, Ty::Bool) => Fallback::Bool(false),
        (DefaultValue::Default, Ty::Int) => Fallback::Int(0),
        (DefaultValue::Default, Ty::String) => Fallback::String(String::new()),
        (DefaultValue::Default, Ty::Record(_)) => Fallback::Record,
        (DefaultValue::Literal(Literal::Boolean(b)), Ty::Bool) => Fallback::Bool(*b),
        (DefaultValue::Literal(Literal::UInt(v, ..)), Ty::Int) => Fallback::Int(i64::try_from(*v)?),
        (DefaultValue::Literal(Literal::Int(v, ..)), Ty::Int) => Fallback::Int(*v),
        (DefaultValue::Literal(Literal::String(s)), Ty::String) => Fallback::String(s.clone()),
        (DefaultValue::Literal(Literal::Enum(variant, _)), Ty::Enum(name)) => {
            let e = enums.get(name).with_context(|| format!("no enum {name}"))?;
            Fallback::Enum(
                e.variant(variant)
                    .with_context(|| format!("no variant {name}::{variant}"))?
                    .dart
                    .clone(),
            )
        }
        _ => bail!(
            "no exact Dart value for the default {default:?} of a {}",
            dart_ty.dart()
        ),
    })
}

impl ErrorShape {
    /// The error enum as the envelope's `error` object: every variant must carry the same fields,
    /// `code` (an enum with an `internal` variant), `field`, `reason` (the JSON's `message`) and
    /// `problems`; the exception is one class for all of them.
    fn from_uniffi(e: &uniffi_bindgen::interface::Enum, enums: &BTreeMap<String, Enum>) -> Result<ErrorShape> {
        let name = e.name();
        let first = e
            .variants()
            .first()
            .with_context(|| format!("error enum {name} has no variants"))?;
        let shape = |v: &uniffi_bindgen::interface::Variant| -> Vec<(String, Type)> {
            v.fields().iter().map(|f| (f.name().to_owned(), f.as_type())).collect()
        };
        for v in e.variants() {
            ensure!(
                shape(v) == shape(first),
                "the variants of error enum {name} differ in their fields"
            );
        }
        let mut fields = Vec::new();
        for f in first.fields() {
            let json = if f.name() == REASON { "message" } else { f.name() };
            let field = Field::from_uniffi(json, &f.as_type(), None, f.docstring(), enums)?;
            fields.push(Field {
                fallback: None,
                ..field
            });
        }
        let names: BTreeSet<&str> = fields.iter().map(|f| f.json.as_str()).collect();
        ensure!(
            names == BTreeSet::from(["code", "field", "message", "problems"]),
            "error enum {name} must carry code, field, reason and problems (the envelope's error), not {names:?}"
        );
        let code = fields.iter().find(|f| f.json == "code").map(|f| &f.ty);
        let Some(Ty::Enum(code_enum)) = code.cloned() else {
            bail!("{name}'s code must be an enum")
        };
        let has_internal = enums
            .get(&code_enum)
            .is_some_and(|e| e.variants.iter().any(|v| v.dart == "internal"));
        ensure!(has_internal, "{code_enum} has no `internal` variant");
        let internal_doc = e
            .variants()
            .iter()
            .find(|v| v.name() == "Internal")
            .and_then(|v| v.docstring());
        Ok(ErrorShape {
            doc: e.docstring().map(str::to_owned),
            internal_doc: internal_doc.map(str::to_owned),
            code_enum,
            body: Record {
                name: "OrderCoreException".into(),
                doc: None,
                fields,
            },
        })
    }
}

/// Whether a variant name is UpperCamelCase (`HalfUp`, `A`), as the crate's enums with
/// `rename_all = "snake_case"` are named. An enum with a variant that is not (`READY_TO_SHIP`,
/// `buyer`) keeps a channel's own spelling: it has no rename, and its tags are its Rust names.
fn is_upper_camel_case(variant: &str) -> bool {
    let mut chars = variant.chars();
    chars.next().is_some_and(char::is_uppercase)
        && !variant.contains('_')
        && (variant.chars().count() == 1 || chars.any(char::is_lowercase))
}

/// serde's `rename_all = "snake_case"` of a variant name: `_` before every uppercase letter but
/// the first, all lowercase (`HalfUp` → `half_up`).
fn serde_snake_case(variant: &str) -> String {
    let mut out = String::new();
    for (i, c) in variant.char_indices() {
        if i > 0 && c.is_uppercase() {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The lowerCamelCase Dart name of a snake_case name (`total_amount` → `totalAmount`), refused if
/// it is not a plain identifier, if Dart reserves it, or if it is one of `taken` or a loop variable
/// of the generated code (`e0`, `k1`).
fn member_name(snake: &str, taken: &[&str]) -> Result<String> {
    ensure!(
        snake.starts_with(|c: char| c.is_ascii_lowercase())
            && snake.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
        "`{snake}` is not a snake_case name"
    );
    let mut out = String::new();
    for (i, part) in snake.split('_').enumerate() {
        let mut chars = part.chars();
        match chars.next() {
            Some(first) if i > 0 => out.extend(first.to_uppercase().chain(chars)),
            Some(first) => out.extend(std::iter::once(first).chain(chars)),
            None => bail!("`{snake}` has an empty part"),
        }
    }
    let is_loop_variable =
        out.len() > 1 && (out.starts_with('e') || out.starts_with('k')) && out[1..].bytes().all(|b| b.is_ascii_digit());
    let reserved = DART_RESERVED
        .iter()
        .chain(OBJECT_MEMBERS)
        .chain(taken)
        .any(|r| *r == out);
    ensure!(
        !reserved && !is_loop_variable,
        "`{out}` (from `{snake}`) is reserved in Dart or used by the generated code"
    );
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Rendering: the Dart file.
// ---------------------------------------------------------------------------------------------

/// The Dart file: header, imports, the `OrderCore` class, the exception, then every record and
/// enum by name.
fn render(model: &Model) -> String {
    let mut out = String::new();
    out.push_str(HEADER);
    if let Some(doc) = &model.doc {
        doc_comment(&mut out, "", Some(doc));
        out.push_str("///\n");
    }
    out.push_str(LIBRARY);
    render_core(&mut out, model);
    render_exception(&mut out, &model.error);
    let mut names: Vec<&String> = model.records.keys().chain(model.enums.keys()).collect();
    names.sort();
    for name in names {
        out.push('\n');
        match (model.records.get(name), model.enums.get(name)) {
            (Some(record), _) => render_record(&mut out, record),
            (None, Some(e)) => render_enum(&mut out, e),
            (None, None) => {}
        }
    }
    out
}

/// The file's opening: that it is generated, and from what.
const HEADER: &str = "\
// GENERATED FILE: do not edit. Written by scripts/dart-bindings (src/bin/dart-bindgen.rs) from the
// uniffi metadata of the built library (every function, record and enum, with its docstrings).
// Its shapes are checked against tests/vectors by `dart-bindgen --check-vectors` in CI.

";

/// The library directive, its documentation and the imports.
const LIBRARY: &str = "\
/// ordercore for Dart and Flutter: typed classes and one method per operation over the library's
/// JSON C ABI (`ordercore_call`, `ordercore_free`).
///
/// Decimals, currencies and instants are `String`s exactly as the library writes them (`\"54.81\"`,
/// `\"EGP\"`, `\"2025-01-21T17:45:00Z\"`): a decimal keeps its scale, which the library needs when a
/// quote is sent back; parse it (with `package:decimal`, say) only to compute with it.
library;

import 'dart:convert';
import 'dart:ffi';
import 'dart:io';

import 'package:ffi/ffi.dart';

typedef _CallNative = Pointer<Utf8> Function(Pointer<Utf8> method, Pointer<Utf8> argsJson);
typedef _FreeNative = Void Function(Pointer<Utf8> text);
typedef _FreeDart = void Function(Pointer<Utf8> text);
";

/// The `OrderCore` class: opening the library, the JSON entry, the private call, one method per
/// operation.
fn render_core(out: &mut String, model: &Model) {
    out.push_str(CORE_OPEN);
    for f in &model.functions {
        out.push('\n');
        render_function(out, f);
    }
    out.push('\n');
    let call_json_doc = model.call_json_doc.as_deref().unwrap_or(
        "Runs the operation `method` on `argsJson`, a JSON object of its arguments, and returns the JSON\nenvelope as text. It never throws.",
    );
    doc_comment(out, "  ", Some(call_json_doc));
    out.push_str("  ///\n  /// [argsJson] is that object as JSON text; the answer is the envelope's JSON text.\n");
    out.push_str(CORE_CLOSE);
}

/// The start of the `OrderCore` class.
const CORE_OPEN: &str = "
/// The library. Every method runs one operation through `ordercore_call` and returns its typed
/// result, or throws [OrderCoreException] with every problem found.
class OrderCore {
  /// Opens the library: linked into the process on iOS and macOS ([DynamicLibrary.process]),
  /// `ordercore.dll` on Windows, `libordercore.so` elsewhere (Android, Linux); or uses [library].
  OrderCore([DynamicLibrary? library]) : this._(library ?? _open());

  OrderCore._(DynamicLibrary library)
      : _call = library.lookupFunction<_CallNative, _CallNative>('ordercore_call'),
        _free = library.lookupFunction<_FreeNative, _FreeDart>('ordercore_free');

  final _CallNative _call;
  final _FreeDart _free;

  static DynamicLibrary _open() {
    if (Platform.isIOS || Platform.isMacOS) return DynamicLibrary.process();
    if (Platform.isWindows) return DynamicLibrary.open('ordercore.dll');
    return DynamicLibrary.open('libordercore.so');
  }
";

/// The end of the `OrderCore` class: `callJson` (after its doc comment) and the private helpers.
const CORE_CLOSE: &str = "  String callJson(String method, String argsJson) => _callText(method, argsJson);

  /// Runs [method] on [args] and returns the envelope's `result`, or throws its `error`.
  Object? _invoke(String method, Map<String, Object?> args) {
    final envelope = jsonDecode(_callText(method, jsonEncode(args))) as Map<String, Object?>;
    if (envelope['ok'] == true) return envelope['result'];
    throw OrderCoreException.fromJson(envelope['error'] as Map<String, Object?>);
  }

  /// Calls `ordercore_call` and returns its answer as text; every native string is freed once.
  String _callText(String method, String argsJson) {
    final nativeMethod = method.toNativeUtf8();
    try {
      final nativeArgs = argsJson.toNativeUtf8();
      try {
        final answer = _call(nativeMethod, nativeArgs);
        try {
          return answer.toDartString();
        } finally {
          _free(answer);
        }
      } finally {
        malloc.free(nativeArgs);
      }
    } finally {
      malloc.free(nativeMethod);
    }
  }
}
";

/// One operation as a method of `OrderCore`.
fn render_function(out: &mut String, f: &Function) {
    doc_comment(out, "  ", f.doc.as_deref());
    if f.doc.is_some() {
        out.push_str("  ///\n");
    }
    out.push_str("  /// Throws [OrderCoreException] when the library refuses the arguments.\n");
    let result = f.result.as_ref().map_or("void".into(), Ty::dart);
    let params: Vec<String> = f.args.iter().map(|a| format!("{} {}", a.ty.dart(), a.dart)).collect();
    let _ = writeln!(out, "  {result} {}({}) {{", f.dart, params.join(", "));
    let args = if f.args.is_empty() {
        "const <String, Object?>{}".to_owned()
    } else {
        let mut members = String::from("{\n");
        for a in &f.args {
            let member = match &a.ty {
                Ty::Optional(inner) => {
                    format!("if ({0} != null) '{1}': {2}", a.dart, a.json, encode(inner, &a.dart, 0))
                }
                ty => format!("'{}': {}", a.json, encode(ty, &a.dart, 0)),
            };
            let _ = writeln!(members, "      {member},");
        }
        members.push_str("    }");
        members
    };
    match &f.result {
        None => {
            let _ = writeln!(out, "    _invoke('{}', {args});", f.name);
        }
        Some(ty) => {
            let _ = writeln!(out, "    final answer = _invoke('{}', {args});", f.name);
            let _ = writeln!(out, "    return {};", decode(ty, "answer", 0));
        }
    }
    out.push_str("  }\n");
}

/// `OrderCoreException`, read from the envelope's `error` object.
fn render_exception(out: &mut String, error: &ErrorShape) {
    out.push('\n');
    doc_comment(out, "", error.doc.as_deref());
    out.push_str("class OrderCoreException implements Exception {\n");
    render_constructor(out, &error.body);
    out.push('\n');
    out.push_str("  /// Reads the `error` object of the library's answer.\n");
    render_from_json(out, &error.body);
    for field in &error.body.fields {
        out.push('\n');
        let doc = if field.json == "message" {
            Some("The first problem's message, in English.")
        } else {
            field.doc.as_deref()
        };
        doc_comment(out, "  ", doc);
        let _ = writeln!(out, "  final {} {};", field.ty.dart(), field.dart);
    }
    out.push('\n');
    doc_comment(
        out,
        "  ",
        Some(
            error
                .internal_doc
                .as_deref()
                .unwrap_or("A defect of the library (code `internal`): report it."),
        ),
    );
    let _ = writeln!(out, "  bool get isInternal => code == {}.internal;\n", error.code_enum);
    out.push_str("  @override\n");
    out.push_str("  String toString() => 'OrderCoreException(${code.json}, $field: $message)';\n");
    out.push_str("}\n");
}

/// A record as a Dart class.
fn render_record(out: &mut String, record: &Record) {
    doc_comment(out, "", record.doc.as_deref());
    let _ = writeln!(out, "class {} {{", record.name);
    render_constructor(out, record);
    out.push('\n');
    let _ = writeln!(
        out,
        "  /// The [{}] in [json], an object as the library writes it.",
        record.name
    );
    render_from_json(out, record);
    for field in &record.fields {
        out.push('\n');
        doc_comment(out, "  ", field.doc.as_deref());
        let _ = writeln!(out, "  final {} {};", field.ty.dart(), field.dart);
    }
    out.push('\n');
    out.push_str("  /// Its JSON object, as the library reads it (a `null` optional field is left out).\n");
    if record.fields.is_empty() {
        out.push_str("  Map<String, Object?> toJson() => <String, Object?>{};\n");
    } else {
        out.push_str("  Map<String, Object?> toJson() => {\n");
        for field in &record.fields {
            let member = match &field.ty {
                Ty::Optional(inner) if inner.is_plain() => {
                    format!("if ({0} != null) '{1}': {0}", field.dart, field.json)
                }
                Ty::Optional(inner) => {
                    let value = encode(inner, &format!("{}!", field.dart), 0);
                    format!("if ({} != null) '{}': {value}", field.dart, field.json)
                }
                ty => format!("'{}': {}", field.json, encode(ty, &field.dart, 0)),
            };
            let _ = writeln!(out, "        {member},");
        }
        out.push_str("      };\n");
    }
    out.push_str("}\n");
}

/// The `const` constructor: named parameters, `required` unless the field has a fallback.
fn render_constructor(out: &mut String, record: &Record) {
    if record.fields.is_empty() {
        let _ = writeln!(out, "  const {}();", record.name);
        return;
    }
    let _ = writeln!(out, "  const {}({{", record.name);
    for field in &record.fields {
        let _ = match &field.fallback {
            None => writeln!(out, "    required this.{},", field.dart),
            Some(Fallback::Null) => writeln!(out, "    this.{},", field.dart),
            Some(fallback) => writeln!(out, "    this.{} = {},", field.dart, dart_fallback(&field.ty, fallback)),
        };
    }
    out.push_str("  });\n");
}

/// `factory X.fromJson(Map<String, Object?> json)`: every member read as its Dart type; an absent
/// member with a fallback takes it.
fn render_from_json(out: &mut String, record: &Record) {
    let name = &record.name;
    if record.fields.is_empty() {
        let _ = writeln!(
            out,
            "  factory {name}.fromJson(Map<String, Object?> json) => const {name}();"
        );
        return;
    }
    let _ = writeln!(out, "  factory {name}.fromJson(Map<String, Object?> json) => {name}(");
    for field in &record.fields {
        let member = format!("json['{}']", field.json);
        let value = match &field.fallback {
            None | Some(Fallback::Null) => decode(&field.ty, &member, 0),
            Some(fallback) => format!(
                "json.containsKey('{}') ? {} : {}",
                field.json,
                decode(&field.ty, &member, 0),
                dart_fallback(&field.ty, fallback)
            ),
        };
        let _ = writeln!(out, "        {}: {value},", field.dart);
    }
    out.push_str("      );\n");
}

/// An enum as a Dart enum with its JSON tags.
fn render_enum(out: &mut String, e: &Enum) {
    doc_comment(out, "", e.doc.as_deref());
    let _ = writeln!(out, "enum {} {{", e.name);
    for (i, v) in e.variants.iter().enumerate() {
        doc_comment(out, "  ", v.doc.as_deref());
        let end = if i + 1 == e.variants.len() { ';' } else { ',' };
        let _ = writeln!(out, "  {}('{}'){end}", v.dart, v.tag);
    }
    let name = &e.name;
    let _ = write!(
        out,
        "
  const {name}(this.json);

  /// Its JSON tag.
  final String json;

  /// The variant whose JSON tag is [value]; a [FormatException] for any other value.
  static {name} fromJson(Object? value) {{
    for (final variant in values) {{
      if (variant.json == value) return variant;
    }}
    throw FormatException('not a tag of {name}', value);
  }}
}}
"
    );
}

/// A Dart expression reading the JSON value `expr` (an `Object?`, evaluated more than once, so a
/// variable or a map lookup) as `ty`; `depth` names the loop variables of nested lists and maps.
fn decode(ty: &Ty, expr: &str, depth: usize) -> String {
    match ty {
        Ty::String => format!("{expr} as String"),
        Ty::Bool => format!("{expr} as bool"),
        Ty::Int => format!("{expr} as int"),
        Ty::Record(name) => format!("{name}.fromJson({expr} as Map<String, Object?>)"),
        Ty::Enum(name) => format!("{name}.fromJson({expr})"),
        Ty::List(t) => {
            let e = format!("e{depth}");
            format!(
                "<{}>[for (final {e} in {expr} as List<Object?>) {}]",
                t.dart(),
                decode(t, &e, depth + 1)
            )
        }
        Ty::Map(t) => {
            let (k, e) = (format!("k{depth}"), format!("e{depth}"));
            let value = decode(t, &e, depth + 1);
            format!(
                "({expr} as Map<String, Object?>).map<String, {}>(({k}, {e}) => MapEntry({k}, {value}))",
                t.dart()
            )
        }
        Ty::Optional(t) => format!("({expr} == null ? null : {})", decode(t, expr, depth)),
    }
}

/// A Dart expression writing the Dart value `expr` (of type `ty`, not null) as JSON.
fn encode(ty: &Ty, expr: &str, depth: usize) -> String {
    if ty.is_plain() {
        return expr.to_owned();
    }
    match ty {
        Ty::Record(_) => format!("{expr}.toJson()"),
        Ty::Enum(_) => format!("{expr}.json"),
        Ty::List(t) => {
            let e = format!("e{depth}");
            format!("[for (final {e} in {expr}) {}]", encode(t, &e, depth + 1))
        }
        Ty::Map(t) => {
            let (k, e) = (format!("k{depth}"), format!("e{depth}"));
            format!("{expr}.map(({k}, {e}) => MapEntry({k}, {}))", encode(t, &e, depth + 1))
        }
        // Only ever a loop variable here, which Dart promotes to non-null after the test.
        Ty::Optional(t) => format!("({expr} == null ? null : {})", encode(t, expr, depth)),
        Ty::String | Ty::Bool | Ty::Int => expr.to_owned(),
    }
}

/// A fallback as a Dart constant of type `ty`.
fn dart_fallback(ty: &Ty, fallback: &Fallback) -> String {
    match (fallback, ty) {
        (Fallback::Null, _) => "null".into(),
        (Fallback::Bool(b), _) => b.to_string(),
        (Fallback::Int(i), _) => i.to_string(),
        (Fallback::String(s), _) => dart_string(s),
        (Fallback::EmptyList, Ty::List(t)) => format!("const <{}>[]", t.dart()),
        (Fallback::EmptyMap, Ty::Map(t)) => format!("const <String, {}>{{}}", t.dart()),
        (Fallback::Enum(variant), _) => format!("{}.{variant}", ty.dart()),
        (Fallback::Record, _) => format!("const {}()", ty.dart()),
        // The model pairs list and map fallbacks with list and map types only.
        (Fallback::EmptyList | Fallback::EmptyMap, _) => "null".into(),
    }
}

/// A single-quoted Dart string literal.
fn dart_string(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' | '\'' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A docstring as `///` lines at `indent`; nothing when there is none.
fn doc_comment(out: &mut String, indent: &str, doc: Option<&str>) {
    for line in doc.unwrap_or_default().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The vector check: the library's JSON read and written back as the generated Dart would.
// ---------------------------------------------------------------------------------------------

/// What the vector check saw.
#[derive(Debug, Default)]
struct Report {
    /// Vector files read.
    vectors: usize,
    /// Results checked against their operation's return type.
    results: usize,
    /// Errors checked against `OrderCoreException`.
    errors: usize,
    /// JSON values (every node) checked against a Dart type.
    values: usize,
    /// Results written back by the model's `toJson` to the same JSON.
    round_trips: usize,
    /// Operations called with their arguments encoded as the generated methods encode them.
    typed_calls: usize,
    /// Every mismatch: the vector, the JSON path and what is wrong.
    problems: Vec<String>,
}

/// Checks every `<dir>/<method>/<case>.json`: its `result` is read by the method's return type
/// exactly as the generated `fromJson` reads it and written back as `toJson` writes it, which must
/// give the same JSON, and, where its arguments read as the Dart types, the operation called with
/// them written back must answer that result; its `error` is read as `OrderCoreException.fromJson`
/// reads it.
fn check_vectors(model: &Model, dir: &Path) -> Result<Report> {
    let mut report = Report::default();
    for method_dir in sorted_entries(dir)? {
        if !method_dir.is_dir() {
            continue;
        }
        let method = method_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        for file in sorted_entries(&method_dir)? {
            if file.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            report.vectors += 1;
            let name = format!(
                "{method}/{}",
                file.file_name().and_then(|n| n.to_str()).unwrap_or_default()
            );
            let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            let vector: Value = serde_json::from_str(&text).with_context(|| format!("{name} is not JSON"))?;
            let mut checker = Checker {
                model,
                vector: &name,
                values: 0,
                problems: Vec::new(),
            };
            checker.vector(&method, &vector, &mut report);
            report.values += checker.values;
            report.problems.append(&mut checker.problems);
        }
    }
    ensure!(report.vectors > 0, "no vectors under {}", dir.display());
    Ok(report)
}

/// The entries of a folder, sorted by path.
fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort();
    Ok(entries)
}

/// Checks the values of one vector against the model.
struct Checker<'a> {
    /// The model the Dart file is rendered from.
    model: &'a Model,
    /// The vector's name (`quote/seed_example.json`), for the problems.
    vector: &'a str,
    /// JSON values checked so far.
    values: usize,
    /// The mismatches found.
    problems: Vec<String>,
}

impl Checker<'_> {
    /// Records a mismatch at `path`.
    fn problem(&mut self, path: &str, what: impl std::fmt::Display) {
        self.problems.push(format!("{}: {path}: {what}", self.vector));
    }

    /// Checks one vector file: `{"args": …, "result": …}` or `{"args": …, "error": …}`.
    fn vector(&mut self, method: &str, vector: &Value, report: &mut Report) {
        let model = self.model;
        let Some(members) = vector.as_object() else {
            return self.problem("$", "a vector must be an object");
        };
        if !members.contains_key("args") {
            self.problem("args", "missing");
        }
        let Some(function) = model.function(method) else {
            return self.problem(
                "$",
                format!("the library exports no operation `{method}` (the folder's name)"),
            );
        };
        match (members.get("result"), members.get("error")) {
            (Some(result), None) => {
                report.results += 1;
                match &function.result {
                    Some(ty) => {
                        if self.value(ty, result, "result") {
                            let written = write_back(model, ty, result);
                            match first_difference(result, &written, "result") {
                                None => report.round_trips += 1,
                                Some((path, what)) => {
                                    self.problem(&path, format!("toJson(fromJson(result)) differs: {what}"))
                                }
                            }
                        }
                        if let Some(args) = members.get("args") {
                            report.typed_calls += usize::from(self.typed_call(function, args, result));
                        }
                    }
                    None => {
                        if !result.is_null() {
                            self.problem("result", "the operation returns nothing, so the result must be null");
                        }
                    }
                }
            }
            (None, Some(error)) => {
                report.errors += 1;
                self.record(&model.error.body, error, "error");
            }
            _ => self.problem("$", "a vector has exactly one of `result` and `error`"),
        }
    }

    /// Calls the operation as its generated method does, every argument read as its Dart type and
    /// written back by `toJson` (a `null` one left out), and checks that the library answers
    /// `expected`. Returns whether the call was made: vectors whose arguments are not all in the
    /// library's own form (decimals as JSON numbers, wrong on purpose, …) are for the JSON runners.
    fn typed_call(&mut self, function: &Function, args: &Value, expected: &Value) -> bool {
        let Some(members) = args.as_object() else { return false };
        if members.keys().any(|k| !function.args.iter().any(|a| &a.json == k)) {
            return false;
        }
        let mut encoded = Map::new();
        for arg in &function.args {
            match members.get(&arg.json) {
                None | Some(Value::Null) if matches!(arg.ty, Ty::Optional(_)) => {}
                None => return false,
                Some(value) => {
                    let mut quiet = Checker {
                        model: self.model,
                        vector: self.vector,
                        values: 0,
                        problems: Vec::new(),
                    };
                    if !quiet.value(&arg.ty, value, "args") {
                        return false;
                    }
                    encoded.insert(arg.json.clone(), write_back(self.model, &arg.ty, value));
                }
            }
        }
        match ordercore::ffi::call(&function.name, &Value::Object(encoded)) {
            Ok(answer) => {
                let answer: Value = serde_json::from_str(answer.get()).unwrap_or(Value::Null);
                if let Some((path, what)) = first_difference(expected, &answer, "result") {
                    self.problem(&path, format!("the typed call answers differently: {what}"));
                }
            }
            Err(e) => self.problem("args", format!("the typed call is refused: {e}")),
        }
        true
    }

    /// Whether `value` reads as `ty` the way the generated `fromJson` reads it; every mismatch is
    /// recorded at its path.
    fn value(&mut self, ty: &Ty, value: &Value, path: &str) -> bool {
        let model = self.model;
        self.values += 1;
        match (ty, value) {
            (Ty::Optional(_), Value::Null) => true,
            (Ty::Optional(t), v) => {
                self.values -= 1; // the same value, checked as the inner type
                self.value(t, v, path)
            }
            (Ty::String, Value::String(_)) | (Ty::Bool, Value::Bool(_)) => true,
            // Dart's jsonDecode gives an int only for an integer literal that fits in 64 bits.
            (Ty::Int, Value::Number(n)) if n.is_i64() => true,
            (Ty::Enum(name), Value::String(tag)) => {
                let e = &model.enums[name];
                let known = e.variants.iter().any(|v| &v.tag == tag);
                if !known {
                    let tags: Vec<&str> = e.variants.iter().map(|v| v.tag.as_str()).collect();
                    self.problem(path, format!("`{tag}` is not a {name} (one of {})", tags.join(", ")));
                }
                known
            }
            (Ty::Record(name), Value::Object(_)) => self.record(&model.records[name], value, path),
            (Ty::List(t), Value::Array(items)) => {
                let mut ok = true;
                for (i, item) in items.iter().enumerate() {
                    ok &= self.value(t, item, &format!("{path}[{i}]"));
                }
                ok
            }
            (Ty::Map(t), Value::Object(members)) => {
                let mut ok = true;
                for (key, item) in members {
                    ok &= self.value(t, item, &format!("{path}[{key:?}]"));
                }
                ok
            }
            (ty, value) => {
                self.problem(
                    path,
                    format!("{} where the Dart type is {}", json_kind(value), ty.dart()),
                );
                false
            }
        }
    }

    /// Whether `value` is an object that `record`'s `fromJson` reads: every field without a
    /// fallback present, no member it does not know (it would be dropped).
    fn record(&mut self, record: &Record, value: &Value, path: &str) -> bool {
        let Some(members) = value.as_object() else {
            self.values += 1;
            self.problem(
                path,
                format!("{} where the Dart type is {}", json_kind(value), record.name),
            );
            return false;
        };
        self.values += 1;
        let mut ok = true;
        for field in &record.fields {
            let field_path = format!("{path}.{}", field.json);
            match members.get(&field.json) {
                Some(v) => ok &= self.value(&field.ty, v, &field_path),
                None if field.fallback.is_some() => {}
                None => {
                    self.problem(&field_path, format!("missing ({} requires it)", record.name));
                    ok = false;
                }
            }
        }
        for key in members.keys().filter(|k| !record.fields.iter().any(|f| &f.json == *k)) {
            self.problem(
                &format!("{path}.{key}"),
                format!("not a field of {} (fromJson would drop it)", record.name),
            );
            ok = false;
        }
        ok
    }
}

/// `toJson(fromJson(value))` for a value that reads as `ty`: absent members take their fallback,
/// `null` optional fields are left out, everything else is written back as read.
fn write_back(model: &Model, ty: &Ty, value: &Value) -> Value {
    match (ty, value) {
        (Ty::Optional(_), Value::Null) => Value::Null,
        (Ty::Optional(t), v) => write_back(model, t, v),
        (Ty::Record(name), Value::Object(members)) => {
            let mut out = Map::new();
            for field in &model.records[name].fields {
                let read = match (members.get(&field.json), &field.fallback) {
                    (Some(v), _) => write_back(model, &field.ty, v),
                    (None, Some(fallback)) => json_fallback(model, &field.ty, fallback),
                    (None, None) => Value::Null,
                };
                if !(matches!(field.ty, Ty::Optional(_)) && read.is_null()) {
                    out.insert(field.json.clone(), read);
                }
            }
            Value::Object(out)
        }
        (Ty::List(t), Value::Array(items)) => Value::Array(items.iter().map(|v| write_back(model, t, v)).collect()),
        (Ty::Map(t), Value::Object(members)) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), write_back(model, t, v)))
                .collect(),
        ),
        (_, v) => v.clone(),
    }
}

/// A fallback as the JSON its Dart value writes.
fn json_fallback(model: &Model, ty: &Ty, fallback: &Fallback) -> Value {
    match fallback {
        Fallback::Null => Value::Null,
        Fallback::Bool(b) => Value::Bool(*b),
        Fallback::Int(i) => Value::from(*i),
        Fallback::String(s) => Value::String(s.clone()),
        Fallback::EmptyList => Value::Array(Vec::new()),
        Fallback::EmptyMap => Value::Object(Map::new()),
        Fallback::Enum(dart) => {
            let Ty::Enum(name) = ty else { return Value::Null };
            let tag = model.enums[name]
                .variants
                .iter()
                .find(|v| &v.dart == dart)
                .map(|v| v.tag.clone());
            tag.map_or(Value::Null, Value::String)
        }
        Fallback::Record => write_back(model, ty, &Value::Object(Map::new())),
    }
}

/// Where two JSON values first differ (depth first), and how: what was expected, what came.
fn first_difference(expected: &Value, actual: &Value, path: &str) -> Option<(String, String)> {
    match (expected, actual) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let child = format!("{path}.{key}");
                match b.get(key) {
                    Some(other) => {
                        if let Some(found) = first_difference(value, other, &child) {
                            return Some(found);
                        }
                    }
                    None => return Some((child, format!("expected {value}, got nothing"))),
                }
            }
            let extra = b.keys().find(|k| !a.contains_key(*k))?;
            Some((format!("{path}.{extra}"), format!("expected nothing, got {}", b[extra])))
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}[{i}]"))),
        (a, b) if a == b => None,
        (a, b) => Some((path.to_owned(), format!("expected {a}, got {b}"))),
    }
}

/// What kind of JSON value this is, for the problems.
fn json_kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}
