import subprocess
import sys

import pytest

_CHECK = """
import sys
import kg.recognise
import spacy
print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'rich', 'weasel', 'httpx'}), 'spacy.cli' in sys.modules)
import spacy.cli
print(callable(getattr(spacy.cli, 'setup_cli', None)))
"""


@pytest.mark.parametrize(("line", "expected"), [
    (0, "[] False"),  # the pipeline's modules imported, spaCy's command line not
    (1, "True"),  # asked for, it is the real package
])
def test_spacy_is_imported_without_its_command_line(line: int, expected: str) -> None:
    done = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.splitlines()[line] == expected
