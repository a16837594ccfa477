"""One catalogue of the mistakes a user can make, each with a code and what to do about it.

Modelled on spaCy's ``errors.py``: a message is written once, here, with a code that a
user can search for (``[E012]``), and raised as ``KgError(Errors.E012, name=…)``. A
message that names a setting writes it as ``{opt_NAME}``: the library calls it by its
parameter (``district=``), the CLI by its flag (``--district``), so a notebook user is
never told about a flag they cannot pass.

    >>> str(KgError(Errors.E002, value="城阳"))
    "[E002] district='城阳': no such administrative division (give a full name like 城阳区 or a code like 370214)"
    >>> print(KgError(Errors.E002, value="城阳").render(CLI_OPTIONS))
    [E002] --district 城阳: no such administrative division (give a full name like 城阳区 or a code like 370214)

The CLI turns a ``KgError`` into one line on stderr and exit code 1; an ``InputError``
also names the file, so that the rest of a batch goes on without it.
"""
from __future__ import annotations

import re
import string
from collections.abc import Mapping

# C0 and C1 controls and the Unicode line and paragraph separators: anything that breaks or redraws a line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with every control character written as its escape (``\\n``, ``\\x1b`` …).

    A file name is the user's own text: a newline in it would otherwise forge a second error
    line, and an escape sequence could redraw the terminal.
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Errors:
    """Every user-facing message, by code. ``{opt_X}`` is a setting's name, other fields are values."""

    # Reading report files
    E001 = "no district, county or city named in the title or first sentence; not a report? (give {opt_district} to say which)"
    E002 = "{opt_district}{value}: no such administrative division (give a full name like 城阳区 or a code like 370214)"
    E003 = "no year found in the title or first sentence (give {opt_year} to say which)"
    E004 = "internal error while extracting ({kind}: {detail}); please report this file"
    E077 = "names no rule-of-law work (法治, 依法行政) in its title or opening; not a report? (give an annual rule-of-law report)"
    E005 = "no report file ({suffixes}) matches this pattern"
    E006 = "no report files in {inputs} (expected {suffixes})"
    E007 = "not a text file (no character encoding fits its bytes)"
    E008 = "is a folder, expected a report file"
    E009 = "is not a regular file (a pipe or a device?)"
    E010 = "unsupported file type {suffix}; expected one of {suffixes}"
    E011 = "is {size:.1f} MiB, over the {limit} MiB limit for one report"
    E012 = "no such file"
    E013 = "cannot be read ({reason})"
    E014 = "is empty"
    E015 = "is a binary file, not report text"
    E016 = "holds no text"
    E017 = "holds {count:,} characters, over the {limit:,} limit for one report; split it"
    E018 = "no article text found in this web page"
    E019 = "unpacks to {size:.0f} MiB, over the {limit} MiB limit for a Word file"
    E020 = "not a readable .docx file ({reason})"
    E021 = "is an encrypted PDF; give a decrypted copy"
    E022 = "not a readable PDF, damaged or truncated? ({reason})"
    E023 = "this PDF has no text layer (a scan?); reading scans needs the OCR extra: {install}"
    E024 = "is a broken symbolic link (what it points to is missing)"
    E025 = "a damaged .docx file: its XML is broken ({reason}); open and save it again in Word, or give another copy"
    E026 = "this PDF holds no text, neither a text layer nor text that OCR can read"
    # Graph files and stores
    E030 = "unknown graph format {suffix}; use one of {formats}"
    E031 = "no such graph file"
    E032 = "is not a file"
    E033 = "not a valid {fmt} file ({reason})"
    E034 = "cannot open the Oxigraph store ({reason}){hint}"
    E029 = "is a folder but not an Oxigraph store; give a graph file, or a folder made by kg build --store oxigraph:PATH"
    E035 = "{opt_store}{value}: expected memory, oxigraph or oxigraph:PATH"
    E036 = "holds a different report with the same IRI as {where} ({report}) and no fz:sha256 to tell them apart; build it again and merge that"
    E038 = "its @context refers to {remote!r}, which kg would have to fetch and never does; put the context itself in the file"
    E039 = "cannot hold an Oxigraph store, a file is in the way; choose another {opt_store} folder"
    E037 = "holds {count} reports without named graphs, so their facts cannot be kept apart; build each report (or all of them) as .trig or .nq and merge those"
    # Queries
    E040 = "no such query file"
    E041 = "unknown named query {name!r}; named queries: {names}"
    E042 = "SPARQL UPDATE is not allowed here: queries are read-only"
    E043 = "SPARQL syntax error: {reason}"
    E044 = "SPARQL query error: {reason}"
    E045 = "Oxigraph returned a term kg cannot show: {term}"
    E027 = "{opt_param}{value}: the query has no variable ?{name}; its variables: {known}"
    E028 = "{opt_param}{value}: {iri!r} is not a valid IRI (it holds {bad!r}); percent-encode that character"
    E074 = "FROM {source}: write the graph's full <IRI>"
    E075 = "FROM {source}: no such graph here; queries read only the graphs they are given"
    E076 = "SERVICE is not allowed: queries read only the graphs they are given, never the network"
    E070 = "{what} stopped after {seconds:g} s ({opt_timeout}); narrow it, add LIMIT or allow longer"
    E046 = "{opt_district}{value}: no report of that district in the graph (districts: {known})"
    E047 = "no reporting body has reports of two consecutive years in the graph; build both years' reports into one graph (kg build Y.txt Y+1.txt)"
    E048 = "the graph holds no report; build one with kg build"
    E049 = "{opt_indicator}{value}: not in the indicator scheme; give a notation such as AR-ACCEPTED or a Chinese label such as 行政复议案件受理数 (see ontology/indicators.ttl)"
    # Views and exports
    E050 = "{opt_classes}{value}: no such class; use one of {choices}"
    E051 = "{opt_reports}{value}: no such report in the graph; reports: {known}"
    E052 = "{opt_years}{value}: no report of that year; years: {known}"
    E053 = "{opt_focus}{value}: no entity with that label in the drawn classes{hint}"
    E054 = "unknown export format {fmt!r}; use one of {formats}"
    E055 = "does not conform to the SHACL shapes (see the report above)"
    E056 = "not a UTF-8 text file; a gold file is {shape}"
    E057 = "not valid JSON ({reason}); a gold file is {shape}"
    E058 = "{problem}; a gold file is {shape}"
    E059 = "{opt_output}{value}: is a folder; give a file name inside it"
    E071 = "{opt_output}{value}: {folder} is not a folder; choose another output path"
    E072 = "{opt_output}{value}: cannot write in {folder} (permission denied); choose another output path"
    E073 = "cannot write here ({reason}); choose another output path"
    # Endpoints
    E060 = "{opt_endpoint}{value}: expected an http:// or https:// URL"
    E061 = "the endpoint refused the graph (HTTP {status}: {detail})"
    E062 = "cannot reach the endpoint ({reason}); is the server running?"
    E063 = "{opt_port}{value}: cannot listen on {host}:{value} ({reason}); choose another port"
    # Notes on a build that went through
    E120 = "is the same text as {first}; built once, as that file"
    # Reading a store
    E121 = "no such Oxigraph store folder"
    E122 = "{opt_store}{value}: a reading command never writes a store folder; give the folder as the graph to read it, or {opt_store} oxigraph to load the file in memory"
    # Writing a store
    E310 = "the store's bulk load stopped before the build had handed it every report graph"


LIBRARY_OPTIONS: Mapping[str, str] = {}
"""How the library names a setting in a message: by its parameter, ``district=``."""

CLI_OPTIONS: Mapping[str, str] = {
    "district": "--district", "year": "--year", "store": "--store", "classes": "--class", "reports": "--report",
    "years": "--year", "focus": "--focus", "endpoint": "--endpoint", "port": "--port", "indicator": "--indicator",
    "output": "-o", "param": "--param", "timeout": "--timeout"}
"""How the command line names a setting: by its flag (the parameter ``classes`` is the flag ``--class``)."""


def _code(template: str) -> str:
    return next(name for name, value in vars(Errors).items() if value == template)


class KgError(Exception):
    """A user's mistake: bad input, unknown query, invalid setting. ``str()`` gives the library's wording."""

    def __init__(self, template: str, /, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(self.render())

    def render(self, options: Mapping[str, str] = LIBRARY_OPTIONS) -> str:
        """The message with settings named as ``options`` names them (the CLI passes :data:`CLI_OPTIONS`)."""
        values = dict(self.fields)
        fields = {field for _, field, _, _ in string.Formatter().parse(self.template) if field}
        for field in (f for f in fields if f.startswith("opt_")):
            flag = options.get(field[4:])
            values[field] = flag or f"{field[4:]}="
            if "value" in values:  # the setting's value: --district 城阳, or district='城阳'
                values["value"] = f" {self.fields['value']}" if flag else repr(self.fields["value"])
        return f"[{_code(self.template)}] " + self.template.format(**values)

    def __reduce__(self) -> tuple:
        # Raised in a worker process, the error is pickled back to the parent with its fields.
        return _rebuild, (type(self), self.template, self.fields, getattr(self, "path", None))


class InputError(KgError):
    """A file that cannot be used: its message names the file, so the batch goes on without it."""

    def __init__(self, path: object, template: str, /, **fields: object) -> None:
        self.path = path
        super().__init__(template, **fields)

    def render(self, options: Mapping[str, str] = LIBRARY_OPTIONS) -> str:
        return f"{one_line(str(self.path))}: {super().render(options)}"


def _rebuild(cls: type[KgError], template: str, fields: dict, path: object) -> KgError:
    return cls(path, template, **fields) if issubclass(cls, InputError) else cls(template, **fields)
