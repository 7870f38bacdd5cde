#!/usr/bin/python3
"""The JSON Schema files staff editors use agree with the packs the importer accepts: every
schema is valid JSON Schema 2020-12, and every file of the given pack sources conforms to its
schema. Usage: check_schemas.py SCHEMA_DIR PACK_DIR..."""
import glob
import json
import os
import sys
import warnings

import jsonschema

warnings.simplefilter("ignore", DeprecationWarning)  # RefResolver: the API Debian 12's 4.10 has

SCHEMA_FOR = {
    "pack.json": "pack.schema.json",
    "sections.json": "sections.schema.json",
    "contacts.json": "contacts.schema.json",
    "districts.json": "districts.schema.json",
    "tips/*.json": "tip.schema.json",
    "projects/*.json": "project.schema.json",
    "pages/*.json": "page.schema.json",
    "notices.json": "notices.schema.json",
}


def main():
    schema_dir, pack_dirs = os.path.abspath(sys.argv[1]), sys.argv[2:]
    validators = {}
    for name in sorted(set(SCHEMA_FOR.values())) + ["common.schema.json"]:
        with open(os.path.join(schema_dir, name), encoding="utf-8") as file:
            schema = json.load(file)
        jsonschema.Draft202012Validator.check_schema(schema)
        resolver = jsonschema.RefResolver(base_uri=f"file://{schema_dir}/{name}", referrer=schema)
        validators[name] = jsonschema.Draft202012Validator(schema, resolver=resolver)

    problems = checked = 0
    for pack_dir in pack_dirs:
        for pattern, schema_name in SCHEMA_FOR.items():
            for path in sorted(glob.glob(os.path.join(pack_dir, pattern))):
                with open(path, encoding="utf-8") as file:
                    document = json.load(file)
                checked += 1
                for error in validators[schema_name].iter_errors(document):
                    where = ".".join(str(part) for part in error.absolute_path)
                    print(f"{os.path.relpath(path, pack_dir)}: {where}: {error.message}")
                    problems += 1
    print(f"{checked} files checked against {len(validators)} schemas, {problems} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
