#!/usr/bin/env bash
# Renders pages of the sample's Dinas Kesehatan PK, as tepat-cli writes them, for the docs and the
# README (pdftoppm):
#   docs/images/pk-statement.png, pk-lampiran.png      the statement and the lampiran (70 dpi)
#   docs/images/pk-signed-statement.png                the statement signed by both parties (100 dpi)
#   docs/images/pk-perubahan-comparison.png            the comparison page of a PK Perubahan (70 dpi)
# The signatures use throw-away certificates made here with openssl, named as the sample's
# officials; the perubahan lowers one target, drops one indicator, adds one and cuts one anggaran.
# Run it again when the layout changes.
# Usage: scripts/render-pk-screens.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target tepat-cli tepat-sample
cli=$build/app/tepat-cli
export QT_QPA_PLATFORM=offscreen
# Signed in Lubuk Pakam: the time on the signatures is WIB.
export TZ=Asia/Jakarta
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=$build/resources/samples/deli-serdang.tepat
dinkes=(--opd 1.02.0.00.0.00.01.0000 --level kepala-opd)
mkdir -p docs/images

"$cli" export-pdf "$sample" --year 2026 "${dinkes[@]}" --out "$work/pk.pdf" > /dev/null
pdftoppm -r 70 -png -f 1 -l 1 -singlefile "$work/pk.pdf" docs/images/pk-statement
pdftoppm -r 70 -png -f 2 -l 2 -singlefile "$work/pk.pdf" docs/images/pk-lampiran

# Signed by the Bupati, then by the Kepala Dinas.
(
    cd "$work"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
        -out ca.pem -days 30 -subj "/CN=Contoh CA (bukan PSrE)" \
        -addext basicConstraints=critical,CA:TRUE 2> /dev/null
    printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n' > ext
    for who in "kedua:dr. H. Asri Ludin Tambunan" "pertama:dr. Hendra Wijaya Sitepu, M.Kes"; do
        name=${who%%:*}
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$name.key" \
            -out "$name.csr" -subj "/CN=${who#*:}" 2> /dev/null
        openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 \
            -extfile ext -out "$name.pem" 2> /dev/null
        openssl pkcs12 -export -inkey "$name.key" -in "$name.pem" -passout pass:contoh \
            -out "$name.p12"
    done
    echo contoh > password
)
"$cli" sign-pdf "$work/pk.pdf" --p12 "$work/kedua.p12" --password-file "$work/password" \
    --as pihak-kedua --out "$work/once.pdf" > /dev/null
"$cli" sign-pdf "$work/once.pdf" --p12 "$work/pertama.p12" --password-file "$work/password" \
    --as pihak-pertama --out "$work/signed.pdf" > /dev/null
pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$work/signed.pdf" docs/images/pk-signed-statement

# A PK Perubahan of the signed PK, changed through its JSON form, printed with its comparison.
cp "$sample" "$work/ws.tepat"
"$cli" lock-pk "$work/ws.tepat" --pk 9100 --signed-on 2026-01-02 > /dev/null
"$cli" add-perubahan "$work/ws.tepat" --pk 9100 --alasan perubahan-strategi \
    --dasar "Perda APBD-Perubahan Kabupaten Deli Serdang 2026" --berlaku 2026-08-01 > /dev/null
"$cli" export-json "$work/ws.tepat" --out "$work/ws.json"
python3 - "$work/ws.json" << 'PYTHON'
import json, sys
path = sys.argv[1]
workspace = json.load(open(path, encoding="utf-8"))
pk = next(pk for pk in workspace["pks"] if pk.get("kind") == "perubahan")
for sasaran in pk["sasaran"]:
    for indicator in sasaran["indicators"]:
        if "stunting" in indicator["text"]:
            indicator["targets"]["2026"] = "10,5"
def ids(node):
    if isinstance(node, dict):
        yield from ([node["id"]] if isinstance(node.get("id"), int) else [])
        for value in node.values():
            yield from ids(value)
    elif isinstance(node, list):
        for value in node:
            yield from ids(value)
new_id = max(ids(workspace)) + 1
pk["sasaran"][-1]["indicators"].pop()
pk["sasaran"][-1]["indicators"].append({"id": new_id, "text": "Persentase puskesmas terakreditasi paripurna",
                                        "satuan": "%", "targets": {"2026": "40"}})
pk["programs"][0]["anggaran"] = "210.330.000.000"
json.dump(workspace, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PYTHON
"$cli" import-json "$work/ws.json" --out "$work/perubahan.tepat"
"$cli" export-pdf "$work/perubahan.tepat" --year 2026 "${dinkes[@]}" --comparison \
    --out "$work/perubahan.pdf" > /dev/null
pages=$(pdfinfo "$work/perubahan.pdf" | awk '/^Pages:/ {print $2}')
for page in $(seq 1 "$pages"); do
    if pdftotext -f "$page" -l "$page" "$work/perubahan.pdf" - | grep -q PERBANDINGAN; then
        pdftoppm -r 70 -png -f "$page" -l "$page" -singlefile "$work/perubahan.pdf" \
            docs/images/pk-perubahan-comparison
        break
    fi
done
ls -l docs/images/pk-statement.png docs/images/pk-lampiran.png \
    docs/images/pk-signed-statement.png docs/images/pk-perubahan-comparison.png
