<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Tepat::AddCommentCommand</name>
    <message>
        <source>Add comment</source>
        <translation>Tambah komentar</translation>
    </message>
</context>
<context>
    <name>Tepat::AddIndicatorCommand</name>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
</context>
<context>
    <name>Tepat::AddItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
</context>
<context>
    <name>Tepat::AddOpdCommand</name>
    <message>
        <source>Add OPD</source>
        <translation>Tambah OPD</translation>
    </message>
</context>
<context>
    <name>Tepat::AddPkCommand</name>
    <message>
        <source>Add PK %1</source>
        <translation>Tambah PK %1</translation>
    </message>
</context>
<context>
    <name>Tepat::CapaianChartWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::Cascade</name>
    <message>
        <source>The RPJMD period %1–%2 is not a valid span of years.</source>
        <translation>Periode RPJMD %1–%2 bukan rentang tahun yang sah.</translation>
    </message>
    <message>
        <source>Id %1 is not valid: ids are positive whole numbers.</source>
        <translation>Id %1 tidak sah: id harus bilangan bulat positif.</translation>
    </message>
    <message>
        <source>Id %1 is used twice: every object needs its own id.</source>
        <translation>Id %1 dipakai dua kali: setiap objek memerlukan id sendiri.</translation>
    </message>
    <message>
        <source>%1 %2 must sit at the top of the RPJMD.</source>
        <translation>%1 %2 harus berada di puncak RPJMD.</translation>
    </message>
    <message>
        <source>%1 %2 names OPD %3, which does not exist.</source>
        <translation>%1 %2 menyebut OPD %3, yang tidak ada.</translation>
    </message>
    <message>
        <source>%1 %2 names PK %3, which does not exist.</source>
        <translation>%1 %2 menyebut PK %3, yang tidak ada.</translation>
    </message>
    <message>
        <source>%1 %2 must sit under a %3, but its parent %4 is not one.</source>
        <translation>%1 %2 harus berada di bawah %3, tetapi induknya %4 bukan %3.</translation>
    </message>
    <message>
        <source>Item %1 does not exist.</source>
        <translation>Butir %1 tidak ada.</translation>
    </message>
    <message>
        <source>Item %1 cannot change its kind or parent by an update.</source>
        <translation>Jenis atau induk butir %1 tidak dapat diubah dengan pembaruan.</translation>
    </message>
    <message>
        <source>Indicator %1 belongs to item %2, which does not exist.</source>
        <translation>Indikator %1 milik butir %2, yang tidak ada.</translation>
    </message>
    <message>
        <source>Indicator %1 does not exist.</source>
        <translation>Indikator %1 tidak ada.</translation>
    </message>
    <message>
        <source>Indicator %1 cannot change its owner by an update.</source>
        <translation>Pemilik indikator %1 tidak dapat diubah dengan pembaruan.</translation>
    </message>
    <message>
        <source>PK %1 needs an OPD: only a kepala daerah&apos;s PK has none.</source>
        <translation>PK %1 memerlukan OPD: hanya PK kepala daerah yang tanpa OPD.</translation>
    </message>
    <message>
        <source>PK %1 names OPD %2, which does not exist.</source>
        <translation>PK %1 menyebut OPD %2, yang tidak ada.</translation>
    </message>
    <message>
        <source>PK %1 does not exist.</source>
        <translation>PK %1 tidak ada.</translation>
    </message>
    <message>
        <source>PK %1 cannot move to another OPD.</source>
        <translation>PK %1 tidak dapat dipindah ke OPD lain.</translation>
    </message>
    <message>
        <source>Comment %1 does not exist.</source>
        <translation>Komentar %1 tidak ada.</translation>
    </message>
    <message>
        <source>RPJMD tujuan %1 serves misi %2, which does not exist.</source>
        <translation>Tujuan RPJMD %1 mendukung misi %2, yang tidak ada.</translation>
    </message>
    <message>
        <source>Renstra sasaran %1 supports %2, which is not an RPJMD sasaran.</source>
        <translation>Sasaran Renstra %1 mendukung %2, yang bukan sasaran RPJMD.</translation>
    </message>
    <message>
        <source>Indicator %1 serves indicator %2, which does not exist.</source>
        <translation>Indikator %1 mendukung indikator %2, yang tidak ada.</translation>
    </message>
    <message>
        <source>PK %1 names PK %2 as its superior&apos;s, which does not exist.</source>
        <translation>PK %1 menyebut PK %2 sebagai PK atasan, yang tidak ada.</translation>
    </message>
    <message>
        <source>Program row %1 of PK %2 comes from item %3, which does not exist.</source>
        <translation>Baris program %1 pada PK %2 berasal dari butir %3, yang tidak ada.</translation>
    </message>
    <message>
        <source>OPD %1 does not exist.</source>
        <translation>OPD %1 tidak ada.</translation>
    </message>
    <message>
        <source>PK %1 still has sasaran; remove them first.</source>
        <translation>PK %1 masih memiliki sasaran; hapus sasaran itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>OPD %1 still has Renstra items or PKs; remove them first.</source>
        <translation>OPD %1 masih memiliki butir Renstra atau PK; hapus itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Indicator %1 is not in a PK: only PK indicators have realisasi.</source>
        <translation>Indikator %1 tidak berada dalam PK: hanya indikator PK yang memiliki realisasi.</translation>
    </message>
    <message>
        <source>PK program row %1 does not exist.</source>
        <translation>Baris program PK %1 tidak ada.</translation>
    </message>
    <message>
        <source>Indicator %1 is a later version of indicator %2, which does not exist.</source>
        <translation>Indikator %1 adalah versi lanjutan indikator %2, yang tidak ada.</translation>
    </message>
    <message>
        <source>Sasaran %1 is a later version of sasaran %2, which does not exist.</source>
        <translation>Sasaran %1 adalah versi lanjutan sasaran %2, yang tidak ada.</translation>
    </message>
    <message>
        <source>PK %1 changes PK %2, which is not a PK of the same year and unit.</source>
        <translation>PK %1 mengubah PK %2, yang bukan PK tahun dan unit yang sama.</translation>
    </message>
    <message>
        <source>PKs %1 and %2 both change PK %3; a PK has one next version.</source>
        <translation>PK %1 dan %2 sama-sama mengubah PK %3; satu PK hanya punya satu versi berikutnya.</translation>
    </message>
    <message>
        <source>Program row %1 of PK %2 is a later version of row %3, which does not exist.</source>
        <translation>Baris program %1 pada PK %2 adalah versi lanjutan baris %3, yang tidak ada.</translation>
    </message>
    <message>
        <source>PK %1 is the earlier version of PK %2; remove that first.</source>
        <translation>PK %1 adalah versi sebelumnya dari PK %2; hapus PK itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 is the earlier version of %2 in a PK Perubahan; remove that first.</source>
        <translation>%1 adalah versi sebelumnya dari %2 dalam PK Perubahan; hapus itu terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>Tepat::CascadeJson</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, baris %2: %3</translation>
    </message>
    <message>
        <source>%1: the document must be a JSON object.</source>
        <translation>%1: dokumen harus berupa objek JSON.</translation>
    </message>
</context>
<context>
    <name>Tepat::CascadeJsonReader</name>
    <message>
        <source>must be a target written as text, e.g. &quot;85 %&quot;.</source>
        <translation>harus berupa target yang ditulis sebagai teks, misalnya &quot;85 %&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot stand here; see docs/json-format.md for the tree of kinds.</source>
        <translation>&quot;%1&quot; tidak dapat berada di sini; lihat docs/json-format.md untuk pohon jenisnya.</translation>
    </message>
    <message>
        <source>a %1 cannot stand under a %2.</source>
        <translation>%1 tidak dapat berada di bawah %2.</translation>
    </message>
    <message>
        <source>%1 is outside the RPJMD period %2–%3.</source>
        <translation>%1 berada di luar periode RPJMD %2–%3.</translation>
    </message>
    <message>
        <source>must be the id of a rule, as text.</source>
        <translation>harus berupa id aturan, sebagai teks.</translation>
    </message>
    <message>
        <source>must be error, warning or info.</source>
        <translation>harus error, warning atau info.</translation>
    </message>
    <message>
        <source>this is not a Tepat workspace export (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>ini bukan ekspor ruang kerja Tepat (&quot;format&quot; harus &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>format version %1 is not supported; this Tepat reads version %2.</source>
        <translation>versi format %1 tidak didukung; Tepat ini membaca versi %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must name the server&apos;s url, pulledAt and freeIds {first, last}.</source>
        <translation>harus menyebut url server, pulledAt dan freeIds {first, last}.</translation>
    </message>
    <message>
        <source>must be an object id with its version and hash.</source>
        <translation>harus berupa id objek beserta versi dan hash-nya.</translation>
    </message>
</context>
<context>
    <name>Tepat::CascadeTreeModel</name>
    <message>
        <source>RPJMD %1–%2</source>
        <translation>RPJMD %1–%2</translation>
    </message>
    <message>
        <source>Renstra %1–%2</source>
        <translation>Renstra %1–%2</translation>
    </message>
    <message>
        <source>PK Perubahan %1</source>
        <translation>PK Perubahan %1</translation>
    </message>
    <message>
        <source>PK %1</source>
        <translation>PK %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>(indicator without text)</source>
        <translation>(indikator tanpa teks)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n finding(s)</source>
        <translation>
            <numerusform>%1
%n temuan</numerusform>
        </translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascading</translation>
    </message>
</context>
<context>
    <name>Tepat::CeremonyExport</name>
    <message>
        <source>Export for signing ceremony</source>
        <translation>Ekspor untuk acara penandatanganan</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n PK(s)…</source>
        <translation>
            <numerusform>Menulis %n PK…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>Tepat::CeremonyExportDialog</name>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Follow each PK with the Pakta Integritas of its pihak pertama</source>
        <translation>Sertakan Pakta Integritas pihak pertama setelah setiap PK</translation>
    </message>
    <message>
        <source>One PDF for the whole ceremony</source>
        <translation>Satu PDF untuk seluruh acara</translation>
    </message>
    <message>
        <source>One PDF per OPD, into a folder</source>
        <translation>Satu PDF per OPD, dalam satu folder</translation>
    </message>
    <message>
        <source>Export for signing ceremony</source>
        <translation>Ekspor untuk acara penandatanganan</translation>
    </message>
    <message>
        <source>Kepala daerah (%1)</source>
        <translation>Kepala daerah (%1)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Semua</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;OPDs:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Lokasi simpan:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>%1, as set for the workspace in the pemda form</source>
        <translation>%1, sesuai pengaturan ruang kerja di formulir pemda</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message numerus="yes">
        <source>%n PK(s) will be exported.</source>
        <translation>
            <numerusform>%n PK akan diekspor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PK matches this choice.</source>
        <translation>Tidak ada PK yang sesuai dengan pilihan ini.</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Folder untuk berkas PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PK %1 - %2.pdf</source>
        <translation>PK %1 - %2.pdf</translation>
    </message>
    <message>
        <source>Sign each PK with its signatories&apos; certificates (one PDF per PK)</source>
        <translation>Tandatangani setiap PK dengan sertifikat para penandatangannya (satu PDF per PK)</translation>
    </message>
    <message>
        <source>Pihak kedua, then pihak pertama</source>
        <translation>Pihak kedua, lalu pihak pertama</translation>
    </message>
    <message>
        <source>Pihak pertama, then pihak kedua</source>
        <translation>Pihak pertama, lalu pihak kedua</translation>
    </message>
    <message>
        <source>A certificate file on this computer makes a TTE tidak tersertifikasi unless a PSrE such as BSrE issued it. Passwords are used once and not kept; each signed PK is locked.</source>
        <translation>Berkas sertifikat di komputer ini menghasilkan TTE tidak tersertifikasi, kecuali sertifikat itu diterbitkan PSrE seperti BSrE. Kata sandi hanya dipakai sekali dan tidak disimpan; setiap PK yang ditandatangani dikunci.</translation>
    </message>
    <message>
        <source>Sign in the order:</source>
        <translation>Urutan penandatanganan:</translation>
    </message>
</context>
<context>
    <name>Tepat::CertificateInfo</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
</context>
<context>
    <name>Tepat::ColumnMapping</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The saved column mapping is not valid: %1</source>
        <translation>Pemetaan kolom yang tersimpan tidak sah: %1</translation>
    </message>
    <message>
        <source>its header rows are out of order.</source>
        <translation>urutan baris judulnya keliru.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column role.</source>
        <translation>&apos;%1&apos; bukan peran kolom.</translation>
    </message>
    <message>
        <source>its columns are out of order.</source>
        <translation>urutan kolomnya keliru.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kondisi awal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Rumus</source>
        <translation>Rumus</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub kegiatan</translation>
    </message>
    <message>
        <source>Program / kegiatan / sub kegiatan</source>
        <translation>Program / kegiatan / sub kegiatan</translation>
    </message>
    <message>
        <source>Pagu</source>
        <translation>Pagu</translation>
    </message>
    <message>
        <source>Polaritas</source>
        <translation>Polaritas</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Realisasi TW %1</source>
        <translation>Realisasi TW %1</translation>
    </message>
    <message>
        <source>Kendala</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Bukti</translation>
    </message>
</context>
<context>
    <name>Tepat::CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Tambah &amp;komentar</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Hapus komentar</translation>
    </message>
    <message>
        <source>Write a comment on the selected item, then press Enter</source>
        <translation>Tulis komentar untuk butir yang dipilih, lalu tekan Enter</translation>
    </message>
    <message>
        <source>New comments go on: %1</source>
        <translation>Komentar baru untuk: %1</translation>
    </message>
    <message>
        <source>Select an item, indicator or PK in the tree to comment on it.</source>
        <translation>Pilih butir, indikator atau PK di pohon untuk memberi komentar.</translation>
    </message>
    <message>
        <source>Comments (%1 open)</source>
        <translation>Komentar (%1 terbuka)</translation>
    </message>
</context>
<context>
    <name>Tepat::CommentsModel</name>
    <message>
        <source>(deleted item)</source>
        <translation>(butir terhapus)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>Tepat::ContentChecksum</name>
    <message>
        <source>%1 is damaged: %2 Its content is not what Tepat saved, so something changed it since. Open a backup copy instead.</source>
        <translation>%1 rusak: %2 Isinya bukan yang disimpan Tepat, jadi ada yang mengubahnya sejak itu. Buka salinan cadangan.</translation>
    </message>
    <message>
        <source>the checksum of its content is missing.</source>
        <translation>checksum isinya tidak ada.</translation>
    </message>
    <message>
        <source>its content does not match the checksum saved with it.</source>
        <translation>isinya tidak cocok dengan checksum yang disimpan bersamanya.</translation>
    </message>
</context>
<context>
    <name>Tepat::CreatePerubahanCommand</name>
    <message>
        <source>PK %1 does not exist.</source>
        <translation>PK %1 tidak ada.</translation>
    </message>
    <message>
        <source>This PK was changed already by %1; make the next PK Perubahan from that one.</source>
        <translation>PK ini sudah diubah oleh %1; buat PK Perubahan berikutnya dari versi itu.</translation>
    </message>
    <message>
        <source>Choose the alasan of the PK Perubahan.</source>
        <translation>Pilih alasan PK Perubahan.</translation>
    </message>
    <message>
        <source>The tanggal berlaku must be a day of %1, the year of the PK.</source>
        <translation>Tanggal berlaku harus jatuh pada tahun %1, tahun PK ini.</translation>
    </message>
    <message>
        <source>The tanggal berlaku must come after %1, when the version it changes took effect.</source>
        <translation>Tanggal berlaku harus setelah %1, saat versi yang diubahnya mulai berlaku.</translation>
    </message>
    <message>
        <source>Make PK Perubahan</source>
        <translation>Buat PK Perubahan</translation>
    </message>
</context>
<context>
    <name>Tepat::CsvReader</name>
    <message>
        <source>the quote that opens this cell is never closed. A quote inside a quoted cell is written twice (&quot;&quot;).</source>
        <translation>tanda kutip pembuka sel ini tidak pernah ditutup. Tanda kutip di dalam sel berkutip ditulis dua kali (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text follows the closing quote of this cell. A quote inside a quoted cell is written twice (&quot;&quot;).</source>
        <translation>ada teks setelah tanda kutip penutup sel ini. Tanda kutip di dalam sel berkutip ditulis dua kali (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, baris %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook, not CSV. Save it from the spreadsheet program as .xlsx or as &quot;CSV UTF-8&quot; and use that file.</source>
        <translation>%1 adalah buku kerja lembar kerja, bukan CSV. Simpan dari program lembar kerja sebagai .xlsx atau sebagai &quot;CSV UTF-8&quot; lalu gunakan berkas itu.</translation>
    </message>
    <message>
        <source>the row has more than %1 cells, more than a spreadsheet holds.</source>
        <translation>baris ini memiliki lebih dari %1 sel, lebih banyak daripada yang dapat dimuat lembar kerja.</translation>
    </message>
    <message>
        <source>%1 is too large to import: it has more than %2 cells.</source>
        <translation>%1 terlalu besar untuk diimpor: berisi lebih dari %2 sel.</translation>
    </message>
</context>
<context>
    <name>Tepat::CsvWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::DashboardActions</name>
    <message>
        <source>Results &amp;dashboard…</source>
        <translation>&amp;Dasbor hasil…</translation>
    </message>
    <message>
        <source>See the capaian of every OPD up to a triwulan: who keeps the promises of the PK</source>
        <translation>Lihat capaian setiap OPD s.d. suatu triwulan: siapa tepat janji</translation>
    </message>
</context>
<context>
    <name>Tepat::DashboardModel</name>
    <message>
        <source>no capaian</source>
        <translation>belum ada capaian</translation>
    </message>
    <message numerus="yes">
        <source>Mean capaian of %n measured indicator(s) up to %1</source>
        <translation>
            <numerusform>Rata-rata capaian %n indikator terukur s.d. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators whose capaian is %1</source>
        <translation>Indikator dengan capaian %1</translation>
    </message>
    <message>
        <source>OPD / PK</source>
        <translation>OPD / PK</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Capaian
up to %1</source>
        <translation>Capaian
s.d. %1</translation>
    </message>
    <message>
        <source>Without
realisasi</source>
        <translation>Tanpa
realisasi</translation>
    </message>
    <message>
        <source>Serapan
anggaran</source>
        <translation>Serapan
anggaran</translation>
    </message>
</context>
<context>
    <name>Tepat::DashboardView</name>
    <message>
        <source>Siapa tepat janji: who keeps the promises of the PK</source>
        <translation>Siapa tepat janji: capaian Perjanjian Kinerja per OPD</translation>
    </message>
    <message>
        <source>&amp;Projector view</source>
        <translation>Tampilan &amp;proyektor</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>s.d. %1</translation>
    </message>
    <message>
        <source>Large type and high contrast, as in review mode (F11)</source>
        <translation>Huruf besar dan kontras tinggi, seperti mode reviu (F11)</translation>
    </message>
    <message>
        <source>Results per OPD</source>
        <translation>Hasil per OPD</translation>
    </message>
    <message>
        <source>Capaian per indicator</source>
        <translation>Capaian per indikator</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Capaian:</source>
        <translation>&amp;Capaian:</translation>
    </message>
    <message>
        <source>Capaian per indicator up to %1: %2</source>
        <translation>Capaian per indikator s.d. %1: %2</translation>
    </message>
    <message>
        <source>no capaian</source>
        <translation>belum ada capaian</translation>
    </message>
    <message>
        <source>Target and realisasi per triwulan</source>
        <translation>Target dan realisasi per triwulan</translation>
    </message>
    <message>
        <source>Kategori per OPD</source>
        <translation>Kategori per OPD</translation>
    </message>
    <message>
        <source>&amp;Indicator per triwulan:</source>
        <translation>&amp;Indikator per triwulan:</translation>
    </message>
    <message>
        <source>Indicators per kategori of every OPD up to %1</source>
        <translation>Indikator per kategori setiap OPD s.d. %1</translation>
    </message>
    <message>
        <source>Target per triwulan</source>
        <translation>Target per triwulan</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Target %1: %2</source>
        <translation>Target %1: %2</translation>
    </message>
    <message>
        <source>No target or realisasi in numbers to draw</source>
        <translation>Tidak ada target atau realisasi berupa angka untuk digambar</translation>
    </message>
</context>
<context>
    <name>Tepat::DashboardWindow</name>
    <message>
        <source>Results dashboard</source>
        <translation>Dasbor hasil</translation>
    </message>
</context>
<context>
    <name>Tepat::DocumentFonts</name>
    <message>
        <source>&quot;%1&quot; is not a typeface Tepat prints with; use sans or serif.</source>
        <translation>&quot;%1&quot; bukan jenis huruf cetak Tepat; gunakan sans atau serif.</translation>
    </message>
</context>
<context>
    <name>Tepat::DuplicatePkCommand</name>
    <message>
        <source>Duplicate PK for %1</source>
        <translation>Gandakan PK untuk %1</translation>
    </message>
</context>
<context>
    <name>Tepat::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>Tambah &amp;indikator</translation>
    </message>
    <message>
        <source>Add &amp;sub-item</source>
        <translation>Tambah &amp;sub-butir</translation>
    </message>
    <message>
        <source>Add &amp;OPD</source>
        <translation>Tambah &amp;OPD</translation>
    </message>
    <message>
        <source>Add &amp;PK…</source>
        <translation>Tambah &amp;PK…</translation>
    </message>
    <message>
        <source>&amp;Delete item</source>
        <translation>&amp;Hapus butir</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <source>Du&amp;plicate PK for next year</source>
        <translation>&amp;Gandakan PK untuk tahun berikutnya</translation>
    </message>
    <message>
        <source>&amp;Comment on item</source>
        <translation>&amp;Komentari butir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ulangi %1</translation>
    </message>
    <message>
        <source>A %1 has no sub-items; add an indicator instead.</source>
        <translation>%1 tidak memiliki sub-butir; tambahkan indikator saja.</translation>
    </message>
    <message>
        <source>New OPD</source>
        <translation>OPD Baru</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 with its Renstra (%n tujuan) and %2? Undo brings all of it back.</source>
        <translation>
            <numerusform>Hapus %1 beserta Renstra-nya (%n tujuan) dan %2? Urungkan (Ctrl+Z) mengembalikan semuanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PK(s)</source>
        <translation>
            <numerusform>%n PK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete PK %1 with its %n sasaran? Undo brings all of it back.</source>
        <translation>
            <numerusform>Hapus PK %1 beserta %n sasarannya? Urungkan (Ctrl+Z) mengembalikan semuanya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tepat::EditCommentCommand</name>
    <message>
        <source>Edit comment</source>
        <translation>Ubah komentar</translation>
    </message>
</context>
<context>
    <name>Tepat::EditIndicatorCommand</name>
    <message>
        <source>Edit indicator</source>
        <translation>Ubah indikator</translation>
    </message>
</context>
<context>
    <name>Tepat::EditItemCommand</name>
    <message>
        <source>Edit item</source>
        <translation>Ubah butir</translation>
    </message>
</context>
<context>
    <name>Tepat::EditMeasureSettingsCommand</name>
    <message>
        <source>Change how capaian is measured</source>
        <translation>Ubah cara menghitung capaian</translation>
    </message>
</context>
<context>
    <name>Tepat::EditOpdCommand</name>
    <message>
        <source>Edit OPD</source>
        <translation>Ubah OPD</translation>
    </message>
</context>
<context>
    <name>Tepat::EditPemdaCommand</name>
    <message>
        <source>Edit pemda and period</source>
        <translation>Ubah pemda dan periode</translation>
    </message>
</context>
<context>
    <name>Tepat::EditPkCommand</name>
    <message>
        <source>Edit PK</source>
        <translation>Ubah PK</translation>
    </message>
</context>
<context>
    <name>Tepat::EditPrintSettingsCommand</name>
    <message>
        <source>Change the paper of the PKs</source>
        <translation>Ubah kertas PK</translation>
    </message>
</context>
<context>
    <name>Tepat::EditRealisasiAnggaranCommand</name>
    <message>
        <source>Edit realisasi anggaran</source>
        <translation>Sunting realisasi anggaran</translation>
    </message>
</context>
<context>
    <name>Tepat::EditRealisasiCommand</name>
    <message>
        <source>Edit realisasi</source>
        <translation>Sunting realisasi</translation>
    </message>
</context>
<context>
    <name>Tepat::EditorArea</name>
    <message>
        <source>Open a workspace (Ctrl+O) to begin.</source>
        <translation>Buka ruang kerja (Ctrl+O) untuk memulai.</translation>
    </message>
    <message>
        <source>Select an item, an indicator or a PK in the tree to edit it.</source>
        <translation>Pilih butir, indikator atau PK di pohon untuk menyuntingnya.</translation>
    </message>
    <message>
        <source>%1

Select one of its items, indicators or PKs to edit it.</source>
        <translation>%1

Pilih salah satu butir, indikator atau PK di dalamnya untuk menyunting.</translation>
    </message>
</context>
<context>
    <name>Tepat::ExportTableActions</name>
    <message>
        <source>Export to &amp;spreadsheet</source>
        <translation>Ekspor ke &amp;lembar kerja</translation>
    </message>
    <message>
        <source>&amp;PK lampiran of the selected PK…</source>
        <translation>&amp;Lampiran PK yang dipilih…</translation>
    </message>
    <message>
        <source>&amp;Renstra of the selected OPD…</source>
        <translation>&amp;Renstra OPD yang dipilih…</translation>
    </message>
    <message>
        <source>&amp;Findings…</source>
        <translation>&amp;Temuan…</translation>
    </message>
    <message>
        <source>Sasaran, indicators and targets, then programs and anggaran, as .xlsx or .csv</source>
        <translation>Sasaran, indikator dan target, lalu program dan anggaran, sebagai .xlsx atau .csv</translation>
    </message>
    <message>
        <source>Indicators with baseline, targets and pagu for every year, as .xlsx or .csv</source>
        <translation>Indikator beserta kondisi awal, target dan pagu setiap tahun, sebagai .xlsx atau .csv</translation>
    </message>
    <message>
        <source>Every finding of the checker, as .xlsx or .csv</source>
        <translation>Semua temuan pemeriksa indikator, sebagai .xlsx atau .csv</translation>
    </message>
    <message>
        <source>Export to spreadsheet</source>
        <translation>Ekspor ke lembar kerja</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, separated by semicolons (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, dipisah titik koma (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Gagal mengekspor</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Berhasil diekspor ke %1.</translation>
    </message>
</context>
<context>
    <name>Tepat::FindingsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PK %1 · %2</source>
        <translation>PK %1 · %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Letak</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran perbaikan</translation>
    </message>
    <message>
        <source>PK %1 %2</source>
        <translation>PK %1 %2</translation>
    </message>
</context>
<context>
    <name>Tepat::HistoryModel</name>
    <message>
        <source>added (%1)</source>
        <translation>ditambahkan (%1)</translation>
    </message>
    <message>
        <source>deleted (%1)</source>
        <translation>dihapus (%1)</translation>
    </message>
    <message>
        <source>changed (%1)</source>
        <translation>diubah (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::HistoryWording</name>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>realisasi</source>
        <translation>realisasi</translation>
    </message>
    <message>
        <source>analisis of the realisasi</source>
        <translation>analisis realisasi</translation>
    </message>
    <message>
        <source>realisasi anggaran</source>
        <translation>realisasi anggaran</translation>
    </message>
    <message>
        <source>plan item</source>
        <translation>butir rencana</translation>
    </message>
    <message>
        <source>pagu</source>
        <translation>pagu</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>program of the PK</source>
        <translation>program PK</translation>
    </message>
    <message>
        <source>signature or unlocking</source>
        <translation>penandatanganan atau pembukaan kunci</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Rumusan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kondisi awal</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Rumus</translation>
    </message>
    <message>
        <source>Computed as</source>
        <translation>Tipe perhitungan</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polaritas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Periode pelaporan</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>IKU</source>
        <translation>IKU</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Triwulan</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kendala</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Faktor pendukung</source>
        <translation>Faktor pendukung</translation>
    </message>
    <message>
        <source>Faktor penghambat</source>
        <translation>Faktor penghambat</translation>
    </message>
    <message>
        <source>Upaya peningkatan</source>
        <translation>Upaya peningkatan</translation>
    </message>
</context>
<context>
    <name>Tepat::ImportActions</name>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Impor dari lembar kerja…</translation>
    </message>
    <message>
        <source>Import Renstra, IKU or PK rows from an Excel workbook or CSV file</source>
        <translation>Impor baris Renstra, IKU atau PK dari buku kerja Excel atau berkas CSV</translation>
    </message>
</context>
<context>
    <name>Tepat::ImportPlan</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>the column has no year. Choose the year it holds.</source>
        <translation>kolom ini tidak bertahun. Pilih tahun yang dimuatnya.</translation>
    </message>
    <message>
        <source>the kegiatan &apos;%1&apos; has no program above it.</source>
        <translation>kegiatan &apos;%1&apos; tidak berada di bawah program mana pun.</translation>
    </message>
    <message>
        <source>the sub kegiatan &apos;%1&apos; has no kegiatan above it.</source>
        <translation>sub kegiatan &apos;%1&apos; tidak berada di bawah kegiatan mana pun.</translation>
    </message>
    <message>
        <source>the pagu has no program, kegiatan or sub kegiatan on its row or above.</source>
        <translation>pagu ini tidak memiliki program, kegiatan atau sub kegiatan pada barisnya atau di atasnya.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a polaritas; write positif, negatif or stabil.</source>
        <translation>&apos;%1&apos; bukan polaritas; tulis positif, negatif atau stabil.</translation>
    </message>
    <message>
        <source>the indicator &apos;%1&apos; has no sasaran or program on its row or above.</source>
        <translation>indikator &apos;%1&apos; tidak memiliki sasaran atau program pada barisnya atau di atasnya.</translation>
    </message>
</context>
<context>
    <name>Tepat::ImportSheetCommand</name>
    <message numerus="yes">
        <source>The sheet has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>Lembar ini memiliki %n masalah; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no rows to import under the header.</source>
        <translation>Lembar ini tidak memiliki baris untuk diimpor di bawah judul kolom.</translation>
    </message>
    <message>
        <source>The OPD to import into is gone.</source>
        <translation>OPD tujuan impor sudah tidak ada.</translation>
    </message>
    <message>
        <source>Tujuan from %1</source>
        <translation>Tujuan dari %1</translation>
    </message>
    <message>
        <source>Sasaran from %1</source>
        <translation>Sasaran dari %1</translation>
    </message>
    <message>
        <source>The PK to import into is gone.</source>
        <translation>PK tujuan impor sudah tidak ada.</translation>
    </message>
    <message>
        <source>Row %1: the indicator &apos;%2&apos; has no sasaran above it, and a PK holds indicators under its sasaran only.</source>
        <translation>Baris %1: indikator &apos;%2&apos; tidak berada di bawah sasaran, padahal PK hanya memuat indikator di bawah sasarannya.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
</context>
<context>
    <name>Tepat::ImportWizard</name>
    <message>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub kegiatan</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Impor dari lembar kerja</translation>
    </message>
    <message>
        <source>Choose the workbook</source>
        <translation>Pilih buku kerja</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with the Renstra, IKU or PK table as your office keeps it.</source>
        <translation>Buku kerja Excel (.xlsx) atau berkas CSV berisi tabel Renstra, IKU atau PK seperti yang disimpan kantor Anda.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <source>Tepat guessed what each column holds. Correct a column by choosing its role; give target and pagu columns their year.</source>
        <translation>Tepat menebak isi setiap kolom. Perbaiki kolom dengan memilih perannya; beri tahun pada kolom target dan pagu.</translation>
    </message>
    <message>
        <source>Choose where the rows go</source>
        <translation>Pilih tujuan baris</translation>
    </message>
    <message>
        <source>The rows are added as one step that Edit ▸ Undo takes back.</source>
        <translation>Baris ditambahkan sebagai satu langkah yang dapat dibatalkan dengan Sunting ▸ Batalkan.</translation>
    </message>
    <message>
        <source>Renstra of %1</source>
        <translation>Renstra %1</translation>
    </message>
    <message>
        <source>PK %1 — %2 — %3</source>
        <translation>PK %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Impor &amp;ke:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Masalah:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kolom&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Header&lt;/b&gt;</source>
        <translation>&lt;b&gt;Judul&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Role&lt;/b&gt;</source>
        <translation>&lt;b&gt;Peran&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Year&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tahun&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) will be imported.</source>
        <translation>
            <numerusform>%n indikator akan diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the sheet or the columns first: nothing is imported while a cell cannot be read.</source>
        <translation>Perbaiki lembar atau kolomnya dahulu: tidak ada yang diimpor selama masih ada sel yang tidak terbaca.</translation>
    </message>
    <message numerus="yes">
        <source>No table was found on %n sheet(s), which are skipped: %1.</source>
        <translation>
            <numerusform>Tidak ada tabel pada %n lembar, yang dilewati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet holds %1 tables; the first, from row %2 to row %3, is imported.</source>
        <translation>Lembar ini memuat %1 tabel; tabel pertama, dari baris %2 sampai baris %3, yang diimpor.</translation>
    </message>
    <message>
        <source>Realisasi of %1</source>
        <translation>Realisasi %1</translation>
    </message>
</context>
<context>
    <name>Tepat::IndicatorEditor</name>
    <message>
        <source>This is an &amp;IKU (key performance indicator)</source>
        <translation>Ini &amp;IKU (indikator kinerja utama)</translation>
    </message>
    <message>
        <source>Type the targets the Indonesian way (75,5; 1.250.000), or paste a block of cells copied from a spreadsheet.</source>
        <translation>Ketik target dengan format Indonesia (75,5; 1.250.000), atau tempel blok sel yang disalin dari lembar kerja.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Maximize (higher is better)</source>
        <translation>Maksimal (makin tinggi makin baik)</translation>
    </message>
    <message>
        <source>Minimize (lower is better)</source>
        <translation>Minimal (makin rendah makin baik)</translation>
    </message>
    <message>
        <source>Stabilize (stay in a band)</source>
        <translation>Stabil (tetap dalam rentang)</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumulatif</translation>
    </message>
    <message>
        <source>Non-cumulative (last value)</source>
        <translation>Non-kumulatif (nilai terakhir)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Triwulanan</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Semesteran</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <source>Indicator &amp;text:</source>
        <translation>&amp;Teks indikator:</translation>
    </message>
    <message>
        <source>&amp;Satuan:</source>
        <translation>&amp;Satuan:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Kondisi &amp;awal:</translation>
    </message>
    <message>
        <source>Tar&amp;gets:</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <source>Ser&amp;ves:</source>
        <translation>Men&amp;dukung:</translation>
    </message>
    <message>
        <source>Manual IKU</source>
        <translation>Manual IKU</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definisi:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Rumus:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation>&amp;Polaritas:</translation>
    </message>
    <message>
        <source>&amp;Calculation:</source>
        <translation>Tipe &amp;perhitungan:</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Periode pe&amp;laporan:</translation>
    </message>
    <message>
        <source>&amp;Data source:</source>
        <translation>Sumber d&amp;ata:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Penanggung &amp;jawab:</translation>
    </message>
    <message>
        <source>Indicator of %1: %2</source>
        <translation>Indikator %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::IndicatorSheetReader</name>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, baris %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>%1 is empty: a sheet needs a header row with an indikator column.</source>
        <translation>%1 kosong: lembar memerlukan baris judul kolom dengan kolom indikator.</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1, lembar &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the year is not between %1 and %2.</source>
        <translation>tahunnya tidak di antara %1 dan %2.</translation>
    </message>
    <message>
        <source>no names</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; bukan salah satu dari %2.</translation>
    </message>
    <message>
        <source>Name the column of indicator texts &quot;indikator&quot; or &quot;Indikator Kinerja&quot;.</source>
        <translation>Beri nama &quot;indikator&quot; atau &quot;Indikator Kinerja&quot; pada kolom teks indikator.</translation>
    </message>
    <message>
        <source>%1 has no indicator table: rows 1 to %2 were tried as the header and none names a column Tepat reads (such as indikator, satuan or target_2026). %3</source>
        <translation>%1 tidak memuat tabel indikator: baris 1 sampai %2 sudah dicoba sebagai judul kolom dan tidak satu pun menamai kolom yang dibaca Tepat (seperti indikator, satuan atau target_2026). %3</translation>
    </message>
    <message>
        <source>%1 has no indicator table: rows 1 to %2 were tried as the header and none has an indikator column; the closest, row %3, has %4. %5</source>
        <translation>%1 tidak memuat tabel indikator: baris 1 sampai %2 sudah dicoba sebagai judul kolom dan tidak satu pun memiliki kolom indikator; yang paling mendekati, baris %3, berisi %4. %5</translation>
    </message>
    <message>
        <source>the columns %1 and %2 are the same column. Keep one of them.</source>
        <translation>kolom %1 dan %2 adalah kolom yang sama. Pertahankan salah satunya.</translation>
    </message>
    <message>
        <source>the columns %1 and %2 both give targets. Use either one target column or one target_&lt;year&gt; column per year.</source>
        <translation>kolom %1 dan %2 sama-sama memberi target. Gunakan satu kolom target saja atau satu kolom target_&lt;tahun&gt; per tahun.</translation>
    </message>
    <message>
        <source>the cell &quot;%1&quot; lies beyond the last column of the header (%2). A separator inside a cell must be quoted.</source>
        <translation>sel &quot;%1&quot; berada di luar kolom terakhir judul (%2). Pemisah di dalam sel harus diberi tanda kutip.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet.</source>
        <translation>%1 adalah folder, bukan lembar kerja.</translation>
    </message>
    <message>
        <source>%1 holds no indicator table. %2</source>
        <translation>%1 tidak memuat tabel indikator. %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Dilewati: %1</translation>
    </message>
    <message>
        <source>%1 has more than %2 indicator rows, more than Tepat checks at once. Split it into smaller sheets.</source>
        <translation>%1 memiliki lebih dari %2 baris indikator, lebih banyak daripada yang diperiksa Tepat sekaligus. Bagilah menjadi beberapa lembar yang lebih kecil.</translation>
    </message>
</context>
<context>
    <name>Tepat::IndonesianNumber</name>
    <message>
        <source>&quot;%1&quot; is not a number: %2</source>
        <translation>&quot;%1&quot; bukan angka: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>isinya kosong.</translation>
    </message>
    <message>
        <source>there is a second minus sign at position %1.</source>
        <translation>ada tanda minus kedua pada posisi %1.</translation>
    </message>
    <message>
        <source>a space follows the minus sign at position %1.</source>
        <translation>ada spasi setelah tanda minus pada posisi %1.</translation>
    </message>
    <message>
        <source>it cannot be both an amount in rupiah and a percentage.</source>
        <translation>tidak bisa sekaligus jumlah rupiah dan persentase.</translation>
    </message>
    <message>
        <source>no digits follow &quot;Rp&quot;.</source>
        <translation>tidak ada angka setelah &quot;Rp&quot;.</translation>
    </message>
    <message>
        <source>no digits follow the minus sign.</source>
        <translation>tidak ada angka setelah tanda minus.</translation>
    </message>
    <message>
        <source>there are no digits before &quot;%&quot;.</source>
        <translation>tidak ada angka sebelum &quot;%&quot;.</translation>
    </message>
    <message>
        <source>a digit must come before &quot;%1&quot; at position %2.</source>
        <translation>harus ada angka sebelum &quot;%1&quot; pada posisi %2.</translation>
    </message>
    <message>
        <source>there are two separators in a row at position %1.</source>
        <translation>ada dua pemisah berturut-turut pada posisi %1.</translation>
    </message>
    <message>
        <source>no digits follow &quot;%1&quot; at position %2.</source>
        <translation>tidak ada angka setelah &quot;%1&quot; pada posisi %2.</translation>
    </message>
    <message>
        <source>the minus sign at position %1 must come before the digits.</source>
        <translation>tanda minus pada posisi %1 harus berada sebelum angka.</translation>
    </message>
    <message>
        <source>there is a space inside the number at position %1.</source>
        <translation>ada spasi di dalam angka pada posisi %1.</translation>
    </message>
    <message>
        <source>expected digits but found &quot;%1&quot; at position %2.</source>
        <translation>seharusnya angka, tetapi ditemukan &quot;%1&quot; pada posisi %2.</translation>
    </message>
    <message>
        <source>it has more than one decimal comma (the second at position %1).</source>
        <translation>ada lebih dari satu koma desimal (yang kedua pada posisi %1).</translation>
    </message>
    <message>
        <source>it has more than one decimal point (the second at position %1).</source>
        <translation>ada lebih dari satu titik desimal (yang kedua pada posisi %1).</translation>
    </message>
    <message>
        <source>the thousands dot at position %1 comes after the decimal comma.</source>
        <translation>titik ribuan pada posisi %1 berada setelah koma desimal.</translation>
    </message>
    <message>
        <source>the thousands comma at position %1 comes after the decimal point.</source>
        <translation>koma ribuan pada posisi %1 berada setelah titik desimal.</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; before the first thousands dot has more than 3 digits (position %2).</source>
        <translation>kelompok &quot;%1&quot; sebelum titik ribuan pertama lebih dari 3 angka (posisi %2).</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; before the first thousands comma has more than 3 digits (position %2).</source>
        <translation>kelompok &quot;%1&quot; sebelum koma ribuan pertama lebih dari 3 angka (posisi %2).</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; after a thousands dot must have 3 digits (position %2).</source>
        <translation>kelompok &quot;%1&quot; setelah titik ribuan harus 3 angka (posisi %2).</translation>
    </message>
    <message>
        <source>the group &quot;%1&quot; after a thousands comma must have 3 digits (position %2).</source>
        <translation>kelompok &quot;%1&quot; setelah koma ribuan harus 3 angka (posisi %2).</translation>
    </message>
    <message>
        <source>it has %1 decimals; Tepat keeps at most %2.</source>
        <translation>ada %1 angka desimal; Tepat menyimpan paling banyak %2.</translation>
    </message>
    <message>
        <source>it has more than %1 significant digits, too many to keep exactly.</source>
        <translation>lebih dari %1 angka bermakna, terlalu banyak untuk disimpan dengan tepat.</translation>
    </message>
</context>
<context>
    <name>Tepat::InputFile</name>
    <message>
        <source>%1 is too large (%2; Tepat reads files of up to %3).</source>
        <translation>%1 terlalu besar (%2; Tepat membaca berkas hingga %3).</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); Tepat reads only files.</source>
        <translation>%1 bukan berkas biasa (melainkan perangkat, pipa, atau soket); Tepat hanya membaca berkas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::JsonFields</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>harus berupa teks.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>harus true atau false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>must be a positive whole number.</source>
        <translation>harus berupa bilangan bulat positif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-01-02.</source>
        <translation>&quot;%1&quot; bukan tanggal seperti 2026-01-02.</translation>
    </message>
    <message>
        <source>must be a date and time like 2026-01-02T08:00:00Z.</source>
        <translation>harus berupa tanggal dan waktu seperti 2026-01-02T08:00:00Z.</translation>
    </message>
    <message>
        <source>must be an amount written as text, e.g. &quot;1.250.000&quot;.</source>
        <translation>harus berupa jumlah yang ditulis sebagai teks, misalnya &quot;1.250.000&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; bukan tahun.</translation>
    </message>
    <message>
        <source>must be an object ({ … }).</source>
        <translation>harus berupa objek ({ … }).</translation>
    </message>
    <message>
        <source>must be a list ([ … ]).</source>
        <translation>harus berupa daftar ([ … ]).</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>harus salah satu dari: %1.</translation>
    </message>
</context>
<context>
    <name>Tepat::KategoriOverviewWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::KategoriScale</name>
    <message>
        <source>A kategori scale needs at least one band.</source>
        <translation>Skala kategori memerlukan sedikitnya satu rentang.</translation>
    </message>
    <message>
        <source>Band %1 of the kategori scale has no name.</source>
        <translation>Rentang %1 pada skala kategori tidak bernama.</translation>
    </message>
    <message>
        <source>The colour of kategori &quot;%1&quot; must be written like #a5d6a7.</source>
        <translation>Warna kategori &quot;%1&quot; harus ditulis seperti #a5d6a7.</translation>
    </message>
    <message>
        <source>Kategori &quot;%1&quot; has no lower bound, which only the last band may lack.</source>
        <translation>Kategori &quot;%1&quot; tidak memiliki batas bawah; hanya rentang terakhir yang boleh tanpa batas bawah.</translation>
    </message>
    <message>
        <source>The lower bound of kategori &quot;%1&quot; must be below that of &quot;%2&quot;.</source>
        <translation>Batas bawah kategori &quot;%1&quot; harus lebih rendah daripada batas bawah &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Kategori &quot;%1&quot; is named twice.</source>
        <translation>Kategori &quot;%1&quot; disebut dua kali.</translation>
    </message>
    <message>
        <source>The lower bound of kategori band %1 must be a number written as text like &quot;75,5&quot;, not &quot;%2&quot;.</source>
        <translation>Batas bawah rentang kategori %1 harus angka yang ditulis sebagai teks seperti &quot;75,5&quot;, bukan &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Tepat::LinkTargets</name>
    <message>
        <source>PK %1 %2 · %3</source>
        <translation>PK %1 %2 · %3</translation>
    </message>
    <message>
        <source>PK %1 %2</source>
        <translation>PK %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Renstra %1 · %2</source>
        <translation>Renstra %1 · %2</translation>
    </message>
    <message>
        <source>RPJMD · %1</source>
        <translation>RPJMD · %1</translation>
    </message>
</context>
<context>
    <name>Tepat::MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Bilah alat</translation>
    </message>
</context>
<context>
    <name>Tepat::MainWindow</name>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Review mode</source>
        <translation>Mode &amp;reviu</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>Temuan &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>Temuan se&amp;belumnya</translation>
    </message>
    <message>
        <source>Cascade &amp;tree</source>
        <translation>&amp;Pohon cascading</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Temuan</translation>
    </message>
    <message>
        <source>C&amp;omments</source>
        <translation>K&amp;omentar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Tepat</source>
        <translation>&amp;Tentang Tepat</translation>
    </message>
    <message numerus="yes">
        <source>%n OPD</source>
        <translation>
            <numerusform>%n OPD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indikator</numerusform>
        </translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Ruang kerja baru</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (hanya-baca)</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Tepat</source>
        <translation>%1[*] — %2 — Tepat</translation>
    </message>
    <message>
        <source>Findings (checking…)</source>
        <translation>Temuan (sedang memeriksa…)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Temuan (%1)</translation>
    </message>
    <message>
        <source>About Tepat</source>
        <translation>Tentang Tepat</translation>
    </message>
    <message>
        <source>Tepat %1

Draft, check and review Perjanjian Kinerja and the planning cascade RPJMD → Renstra → PK → IKU.</source>
        <translation>Tepat %1

Menyusun, memeriksa dan mereviu Perjanjian Kinerja serta cascading perencanaan RPJMD → Renstra → PK → IKU.</translation>
    </message>
</context>
<context>
    <name>Tepat::MeasureSettingsDialog</name>
    <message>
        <source>Capaian settings</source>
        <translation>Pengaturan capaian</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Tanpa batas atas</translation>
    </message>
    <message>
        <source>At most 100 %</source>
        <translation>Paling tinggi 100 %</translation>
    </message>
    <message>
        <source>At most 120 %</source>
        <translation>Paling tinggi 120 %</translation>
    </message>
    <message>
        <source>(2T − R) / T, PermenPAN-RB 8/2021</source>
        <translation>(2T − R) / T, PermenPAN-RB 8/2021</translation>
    </message>
    <message>
        <source>T / R, the pemda&apos;s own practice</source>
        <translation>T / R, kebiasaan pemda sendiri</translation>
    </message>
    <message>
        <source>the worst kategori</source>
        <translation>kategori terendah</translation>
    </message>
    <message>
        <source>This workspace&apos;s own scale</source>
        <translation>Skala ruang kerja ini sendiri</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>From capaian</source>
        <translation>Mulai capaian</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>&amp;Cap</source>
        <translation>&amp;Batas atas</translation>
    </message>
    <message>
        <source>&amp;Lower is better</source>
        <translation>Makin &amp;rendah makin baik</translation>
    </message>
    <message>
        <source>&amp;Kendala needed below (%)</source>
        <translation>&amp;Kendala wajib di bawah (%)</translation>
    </message>
    <message>
        <source>Kategori &amp;scale</source>
        <translation>&amp;Skala kategori</translation>
    </message>
    <message>
        <source>Bands, best first; the last one takes everything below. Write a bound as &quot;≥ 91&quot; or &quot;&gt; 85&quot;.</source>
        <translation>Rentang, dari yang terbaik; rentang terakhir mencakup semua di bawahnya. Tulis batas seperti &quot;≥ 91&quot; atau &quot;&gt; 85&quot;.</translation>
    </message>
    <message>
        <source>Kategori &quot;%1&quot;: %2</source>
        <translation>Kategori &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::MoveIndicatorCommand</name>
    <message>
        <source>Move indicator</source>
        <translation>Pindahkan indikator</translation>
    </message>
</context>
<context>
    <name>Tepat::MoveItemCommand</name>
    <message>
        <source>Move item</source>
        <translation>Pindahkan butir</translation>
    </message>
</context>
<context>
    <name>Tepat::NewPkDialog</name>
    <message>
        <source>Add PK</source>
        <translation>Tambah PK</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Tingkat:</translation>
    </message>
    <message>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>T&amp;ahun:</translation>
    </message>
</context>
<context>
    <name>Tepat::NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Ruang kerja baru</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Deli Serdang</source>
        <translation>mis. Kabupaten Deli Serdang</translation>
    </message>
    <message>
        <source>Bupati</source>
        <translation>Bupati</translation>
    </message>
    <message>
        <source>Wali Kota</source>
        <translation>Wali Kota</translation>
    </message>
    <message>
        <source>Gubernur</source>
        <translation>Gubernur</translation>
    </message>
    <message>
        <source>where PKs are signed, e.g. Lubuk Pakam</source>
        <translation>tempat PK ditandatangani, mis. Lubuk Pakam</translation>
    </message>
    <message>
        <source>&amp;Pemda:</source>
        <translation>&amp;Pemda:</translation>
    </message>
    <message>
        <source>Kepala daerah &amp;title:</source>
        <translation>&amp;Sebutan kepala daerah:</translation>
    </message>
    <message>
        <source>&amp;Kepala daerah:</source>
        <translation>&amp;Kepala daerah:</translation>
    </message>
    <message>
        <source>&amp;Ibu kota:</source>
        <translation>&amp;Ibu kota:</translation>
    </message>
    <message>
        <source>RPJMD &amp;starts in:</source>
        <translation>RPJMD &amp;mulai tahun:</translation>
    </message>
    <message>
        <source>&amp;OPDs:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <source>Period %1–%2</source>
        <translation>Periode %1–%2</translation>
    </message>
    <message>
        <source>One OPD per line, its code first if you have it, e.g.
1.02.0.00.0.00.01.0000 Dinas Kesehatan (Dinkes)
Dinas Pariwisata (Dispar)</source>
        <translation>Satu OPD per baris, kodenya di depan bila ada, mis.
1.02.0.00.0.00.01.0000 Dinas Kesehatan (Dinkes)
Dinas Pariwisata (Dispar)</translation>
    </message>
</context>
<context>
    <name>Tepat::Nip</name>
    <message>
        <source>the birth month %1 (digits 5-6) does not exist.</source>
        <translation>bulan lahir %1 (digit 5-6) tidak ada.</translation>
    </message>
    <message>
        <source>the birth date %1 (digits 1-8) does not exist: month %2 of %3 has %4 days.</source>
        <translation>tanggal lahir %1 (digit 1-8) tidak ada: bulan %2 tahun %3 memiliki %4 hari.</translation>
    </message>
    <message>
        <source>the birth year %1 (digits 1-4) is before %2.</source>
        <translation>tahun lahir %1 (digit 1-4) sebelum %2.</translation>
    </message>
    <message>
        <source>the birth date %1 (digits 1-8) is in the future.</source>
        <translation>tanggal lahir %1 (digit 1-8) ada di masa depan.</translation>
    </message>
    <message>
        <source>the TMT month %1 (digits 13-14) does not exist.</source>
        <translation>bulan TMT %1 (digit 13-14) tidak ada.</translation>
    </message>
    <message>
        <source>the TMT %1 (digits 9-14) is before the 18th birthday on %2.</source>
        <translation>TMT %1 (digit 9-14) sebelum ulang tahun ke-18 pada %2.</translation>
    </message>
    <message>
        <source>the TMT %1 (digits 9-14) is in the future.</source>
        <translation>TMT %1 (digit 9-14) ada di masa depan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid NIP: %2</source>
        <translation>&quot;%1&quot; bukan NIP yang sah: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a digit.</source>
        <translation>&quot;%1&quot; pada posisi %2 bukan angka.</translation>
    </message>
    <message>
        <source>The NIP is empty.</source>
        <translation>NIP kosong.</translation>
    </message>
    <message>
        <source>a NIP has %1 digits, this one has %2.</source>
        <translation>NIP terdiri atas %1 angka, yang ini %2.</translation>
    </message>
    <message>
        <source>the gender digit %1 (digit 15) must be 1 (male) or 2 (female).</source>
        <translation>digit jenis kelamin %1 (digit 15) harus 1 (laki-laki) atau 2 (perempuan).</translation>
    </message>
    <message>
        <source>the sequence number 000 (digits 16-18) must be at least 001.</source>
        <translation>nomor urut 000 (digit 16-18) paling kecil 001.</translation>
    </message>
</context>
<context>
    <name>Tepat::NomenklaturCode</name>
    <message>
        <source>the urusan &quot;%1&quot; must be one digit from 1 to 9.</source>
        <translation>urusan &quot;%1&quot; harus satu angka dari 1 sampai 9.</translation>
    </message>
    <message>
        <source>the bidang &quot;%1&quot; must have 2 digits, as in 1.02.</source>
        <translation>bidang &quot;%1&quot; harus 2 angka, seperti 1.02.</translation>
    </message>
    <message>
        <source>the bidang &quot;%1&quot; does not exist: bidang are numbered from 01.</source>
        <translation>bidang &quot;%1&quot; tidak ada: bidang bernomor mulai 01.</translation>
    </message>
    <message>
        <source>the program &quot;%1&quot; must have 2 digits, as in 1.02.02.</source>
        <translation>program &quot;%1&quot; harus 2 angka, seperti 1.02.02.</translation>
    </message>
    <message>
        <source>the program &quot;%1&quot; does not exist: programs are numbered from 01.</source>
        <translation>program &quot;%1&quot; tidak ada: program bernomor mulai 01.</translation>
    </message>
    <message>
        <source>the kegiatan level digit &quot;%1&quot; must be 1 (provinsi) or 2 (kabupaten/kota).</source>
        <translation>digit tingkat kegiatan &quot;%1&quot; harus 1 (provinsi) atau 2 (kabupaten/kota).</translation>
    </message>
    <message>
        <source>the kegiatan &quot;%1&quot; must have 2 digits, as in 1.02.02.2.01.</source>
        <translation>kegiatan &quot;%1&quot; harus 2 angka, seperti 1.02.02.2.01.</translation>
    </message>
    <message>
        <source>the kegiatan &quot;%1&quot; does not exist: kegiatan are numbered from 01.</source>
        <translation>kegiatan &quot;%1&quot; tidak ada: kegiatan bernomor mulai 01.</translation>
    </message>
    <message>
        <source>the sub kegiatan &quot;%1&quot; must have 4 digits (2 in older data), as in 1.02.02.2.01.0001.</source>
        <translation>sub kegiatan &quot;%1&quot; harus 4 angka (2 pada data lama), seperti 1.02.02.2.01.0001.</translation>
    </message>
    <message>
        <source>the sub kegiatan &quot;%1&quot; does not exist: sub kegiatan are numbered from 0001.</source>
        <translation>sub kegiatan &quot;%1&quot; tidak ada: sub kegiatan bernomor mulai 0001.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nomenklatur code: %2</source>
        <translation>&quot;%1&quot; bukan kode nomenklatur: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>isinya kosong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is neither a digit nor a dot.</source>
        <translation>&quot;%1&quot; pada posisi %2 bukan angka dan bukan titik.</translation>
    </message>
    <message>
        <source>it starts with a dot.</source>
        <translation>diawali titik.</translation>
    </message>
    <message>
        <source>it ends with a dot.</source>
        <translation>diakhiri titik.</translation>
    </message>
    <message>
        <source>there are two dots in a row at position %1.</source>
        <translation>ada dua titik berturut-turut pada posisi %1.</translation>
    </message>
    <message>
        <source>it has %1 parts, but a sub kegiatan code has at most %2 (U.BB.PP.K.KK.SSSS).</source>
        <translation>terdiri atas %1 bagian, padahal kode sub kegiatan paling banyak %2 (U.BB.PP.K.KK.SSSS).</translation>
    </message>
    <message>
        <source>a kegiatan needs its number after the level digit &quot;%1&quot;, as in 1.02.02.2.01.</source>
        <translation>kegiatan memerlukan nomornya setelah digit tingkat &quot;%1&quot;, seperti 1.02.02.2.01.</translation>
    </message>
</context>
<context>
    <name>Tepat::ObjectHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Changes of the pemda&apos;s own data, as the server recorded them.</source>
        <translation>Perubahan data pemda sendiri, sebagaimana dicatat server.</translation>
    </message>
    <message>
        <source>Changes of the selected object, as the server recorded them.</source>
        <translation>Perubahan objek terpilih, sebagaimana dicatat server.</translation>
    </message>
</context>
<context>
    <name>Tepat::OfficialEditor</name>
    <message>
        <source>18 digits, e.g. 19700101 199503 1 001</source>
        <translation>18 angka, mis. 19700101 199503 1 001</translation>
    </message>
    <message>
        <source>e.g. Pembina Utama Muda (IV/c)</source>
        <translation>mis. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Pangkat:</source>
        <translation>Pangkat:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>The NIP is missing.</source>
        <translation>NIP belum diisi.</translation>
    </message>
    <message>
        <source>Valid NIP: %1</source>
        <translation>NIP sah: %1</translation>
    </message>
</context>
<context>
    <name>Tepat::OfflinePush</name>
    <message>
        <source>the pemda&apos;s own data</source>
        <translation>data pemda sendiri</translation>
    </message>
    <message>
        <source>indicator %1 &quot;%2&quot;</source>
        <translation>indikator %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot;</source>
        <translation>%1 %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>PK %1 %2 of %3</source>
        <translation>PK %1 %2 milik %3</translation>
    </message>
    <message>
        <source>OPD %1 %2</source>
        <translation>OPD %1 %2</translation>
    </message>
    <message>
        <source>comment %1</source>
        <translation>komentar %1</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>objek %1</translation>
    </message>
    <message>
        <source>This workspace is not an offline copy of a server: pull one with &quot;tepat-cli server pull&quot;.</source>
        <translation>Ruang kerja ini bukan salinan luring dari server: ambil salinan dengan &quot;tepat-cli server pull&quot;.</translation>
    </message>
    <message>
        <source>it belongs to %1, which was refused.</source>
        <translation>objek ini bagian dari %1, yang ditolak.</translation>
    </message>
    <message>
        <source>deleted object %1</source>
        <translation>objek terhapus %1</translation>
    </message>
</context>
<context>
    <name>Tepat::OpdEditor</name>
    <message>
        <source>Head of the OPD</source>
        <translation>Kepala OPD</translation>
    </message>
    <message>
        <source>e.g. 1.02.0.00.0.00.01.0000</source>
        <translation>mis. 1.02.0.00.0.00.01.0000</translation>
    </message>
    <message>
        <source>e.g. Dinkes</source>
        <translation>mis. Dinkes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nama &amp;singkat:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
</context>
<context>
    <name>Tepat::OutsideChangeActions</name>
    <message>
        <source>Workspace changed by another program</source>
        <translation>Ruang kerja diubah oleh program lain</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since Tepat read it.</source>
        <translation>%1 diubah di disk oleh program lain sejak dibaca Tepat.</translation>
    </message>
    <message>
        <source>Reload shows the other version and drops your unsaved changes. Save As keeps your version in another file. Nothing is written over the other version.</source>
        <translation>Muat Ulang menampilkan versi lain itu dan membuang perubahan Anda yang belum disimpan. Simpan sebagai menyimpan versi Anda di berkas lain. Versi lain itu tidak ditimpa.</translation>
    </message>
    <message>
        <source>Reload shows the other version. Nothing is written over it.</source>
        <translation>Muat Ulang menampilkan versi lain itu. Versi itu tidak ditimpa.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan seb&amp;agai…</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Lanjutkan menyunting</translation>
    </message>
    <message>
        <source>%1 was changed by another program: Save is refused until you reload it or use Save As.</source>
        <translation>%1 diubah oleh program lain: Simpan ditolak sampai Anda memuat ulang atau memakai Simpan sebagai.</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Tidak dapat memuat ulang</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 dimuat ulang</translation>
    </message>
</context>
<context>
    <name>Tepat::PaguTableModel</name>
    <message>
        <source>Pagu %1: %2</source>
        <translation>Pagu %1: %2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Pagu (Rp)</source>
        <translation>Pagu (Rp)</translation>
    </message>
    <message>
        <source>Paste pagu</source>
        <translation>Tempel pagu</translation>
    </message>
</context>
<context>
    <name>Tepat::PaperFormat</name>
    <message>
        <source>&quot;%1&quot; is not a paper size Tepat prints on; use a4 or f4.</source>
        <translation>&quot;%1&quot; bukan ukuran kertas cetak Tepat; gunakan a4 atau f4.</translation>
    </message>
</context>
<context>
    <name>Tepat::PdfFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::PdfRevisionCheck</name>
    <message>
        <source>the document&apos;s catalog was replaced</source>
        <translation>katalog dokumen diganti</translation>
    </message>
    <message>
        <source>pages were added, removed or reordered</source>
        <translation>halaman ditambah, dihapus atau diubah urutannya</translation>
    </message>
    <message>
        <source>page %1 was changed</source>
        <translation>halaman %1 diubah</translation>
    </message>
    <message>
        <source>object %1 was changed</source>
        <translation>objek %1 diubah</translation>
    </message>
</context>
<context>
    <name>Tepat::PdfSignatureVerifier</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 holds no CA certificate in PEM form.</source>
        <translation>%1 tidak berisi sertifikat CA dalam bentuk PEM.</translation>
    </message>
    <message>
        <source>its byte range does not fit the file</source>
        <translation>rentang bitanya tidak sesuai dengan berkas</translation>
    </message>
    <message>
        <source>its /Contents holds no CMS signature</source>
        <translation>/Contents-nya tidak berisi tanda tangan CMS</translation>
    </message>
    <message>
        <source>the document was changed after it was signed (%1)</source>
        <translation>dokumen diubah setelah ditandatangani (%1)</translation>
    </message>
    <message>
        <source>its signer&apos;s certificate is missing</source>
        <translation>sertifikat penanda tangannya tidak ada</translation>
    </message>
</context>
<context>
    <name>Tepat::PdfSigner</name>
    <message>
        <source>%1 has no places for signatures. Only a PDF of one PK that this version of Tepat exported can be signed: export the PK again.</source>
        <translation>%1 tidak memiliki tempat tanda tangan. Hanya PDF satu PK yang diekspor oleh versi Tepat ini yang dapat ditandatangani: ekspor ulang PK tersebut.</translation>
    </message>
    <message>
        <source>The PK in %1 has no signature block for %2; it is signed as %3.</source>
        <translation>PK dalam %1 tidak memiliki blok tanda tangan untuk %2; PK ini ditandatangani sebagai %3.</translation>
    </message>
    <message>
        <source>%1 is signed as %2 already.</source>
        <translation>%1 sudah ditandatangani sebagai %2.</translation>
    </message>
    <message>
        <source>%1 names page %2 for a signature, but has %3 pages.</source>
        <translation>%1 menyebut halaman %2 untuk tanda tangan, padahal hanya memiliki %3 halaman.</translation>
    </message>
    <message>
        <source>The signature is larger (%1 bytes) than the room kept for it (%2 bytes).</source>
        <translation>Tanda tangan (%1 bita) lebih besar daripada ruang yang disediakan (%2 bita).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::PdfStructure</name>
    <message>
        <source>%1 is not a PDF Tepat can read: %2</source>
        <translation>%1 bukan PDF yang dapat dibaca Tepat: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 bukan berkas PDF.</translation>
    </message>
    <message>
        <source>its end (startxref) is missing; it may be cut short.</source>
        <translation>bagian akhirnya (startxref) tidak ada; berkas mungkin terpotong.</translation>
    </message>
    <message>
        <source>its cross-reference offset is not valid.</source>
        <translation>posisi tabel rujukan silangnya tidak sah.</translation>
    </message>
    <message>
        <source>its cross-reference sections are damaged.</source>
        <translation>bagian rujukan silangnya rusak.</translation>
    </message>
    <message>
        <source>it keeps its cross-reference in a compressed stream (PDF 1.5), which Tepat does not read. Sign and check the PDF as Tepat exported it.</source>
        <translation>rujukan silangnya disimpan dalam stream terkompresi (PDF 1.5) yang tidak dibaca Tepat. Tandatangani dan periksa PDF sebagaimana diekspor oleh Tepat.</translation>
    </message>
    <message>
        <source>a cross-reference table at byte %1 is damaged.</source>
        <translation>tabel rujukan silang pada bita %1 rusak.</translation>
    </message>
    <message>
        <source>the trailer at byte %1 is damaged.</source>
        <translation>trailer pada bita %1 rusak.</translation>
    </message>
    <message>
        <source>object %1 is not a stream.</source>
        <translation>objek %1 bukan stream.</translation>
    </message>
    <message>
        <source>stream %1 runs past the end of the file.</source>
        <translation>stream %1 melewati akhir berkas.</translation>
    </message>
    <message>
        <source>its catalog (/Root) is missing.</source>
        <translation>katalognya (/Root) tidak ada.</translation>
    </message>
    <message>
        <source>its page tree loops.</source>
        <translation>pohon halamannya berputar.</translation>
    </message>
    <message>
        <source>page tree node %1 has no /Kids.</source>
        <translation>simpul pohon halaman %1 tidak memiliki /Kids.</translation>
    </message>
    <message>
        <source>page tree node %1 is damaged.</source>
        <translation>simpul pohon halaman %1 rusak.</translation>
    </message>
    <message>
        <source>its catalog has no /Pages.</source>
        <translation>katalognya tidak memiliki /Pages.</translation>
    </message>
</context>
<context>
    <name>Tepat::PdfText</name>
    <message>
        <source>%1 cannot be read: Tepat reads the pages of a PDF with pdftotext (Debian package poppler-utils), which is not installed.</source>
        <translation>%1 tidak dapat dibaca: Tepat membaca halaman PDF dengan pdftotext (paket Debian poppler-utils), yang belum terpasang.</translation>
    </message>
    <message>
        <source>%1 cannot be compared: its pages hold more text than a PK, or reading them takes too long.</source>
        <translation>%1 tidak dapat dibandingkan: halamannya memuat teks lebih banyak daripada sebuah PK, atau membacanya memakan waktu terlalu lama.</translation>
    </message>
    <message>
        <source>%1 is not a PDF whose pages can be read (pdftotext: %2).</source>
        <translation>%1 bukan PDF yang halamannya dapat dibaca (pdftotext: %2).</translation>
    </message>
    <message>
        <source>%1: the text pdftotext read from it is not well-formed (line %2).</source>
        <translation>%1: teks yang dibaca pdftotext darinya tidak tersusun dengan benar (baris %2).</translation>
    </message>
</context>
<context>
    <name>Tepat::PemdaEditor</name>
    <message>
        <source>Bupati</source>
        <translation>Bupati</translation>
    </message>
    <message>
        <source>Wali Kota</source>
        <translation>Wali Kota</translation>
    </message>
    <message>
        <source>Gubernur</source>
        <translation>Gubernur</translation>
    </message>
    <message>
        <source>One misi per line</source>
        <translation>Satu misi per baris</translation>
    </message>
    <message>
        <source>&amp;Pemda:</source>
        <translation>&amp;Pemda:</translation>
    </message>
    <message>
        <source>Kepala daerah &amp;title:</source>
        <translation>&amp;Sebutan kepala daerah:</translation>
    </message>
    <message>
        <source>&amp;Kepala daerah:</source>
        <translation>&amp;Kepala daerah:</translation>
    </message>
    <message>
        <source>&amp;Ibu kota:</source>
        <translation>&amp;Ibu kota:</translation>
    </message>
    <message>
        <source>RPJMD &amp;from:</source>
        <translation>RPJMD &amp;dari:</translation>
    </message>
    <message>
        <source>RPJMD &amp;to:</source>
        <translation>RPJMD &amp;sampai:</translation>
    </message>
    <message>
        <source>&amp;Visi:</source>
        <translation>&amp;Visi:</translation>
    </message>
    <message>
        <source>&amp;Misi:</source>
        <translation>&amp;Misi:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>The paper every PK of this workspace is exported and printed on.</source>
        <translation>Kertas untuk mengekspor dan mencetak semua PK di ruang kerja ini.</translation>
    </message>
    <message>
        <source>PK pa&amp;per:</source>
        <translation>K&amp;ertas PK:</translation>
    </message>
</context>
<context>
    <name>Tepat::PerubahanDialog</name>
    <message>
        <source>Make PK Perubahan</source>
        <translation>Buat PK Perubahan</translation>
    </message>
    <message>
        <source>Choose the ground…</source>
        <translation>Pilih alasan…</translation>
    </message>
    <message>
        <source>e.g. Perda APBD-Perubahan 2026, SK mutasi no. …</source>
        <translation>mis. Perda APBD-Perubahan 2026, SK mutasi no. …</translation>
    </message>
    <message>
        <source>The PK is copied into a new version that you then change. The current version stays in the workspace as it was signed and is locked.</source>
        <translation>PK disalin menjadi versi baru yang kemudian Anda ubah. Versi sekarang tetap tersimpan di ruang kerja sebagaimana ditandatangani dan dikunci.</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Dasar:</source>
        <translation>&amp;Dasar:</translation>
    </message>
    <message>
        <source>&amp;Berlaku mulai:</source>
        <translation>&amp;Berlaku mulai:</translation>
    </message>
</context>
<context>
    <name>Tepat::PgConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing: install the Debian package libqt6sql6-psql.</source>
        <translation>Driver PostgreSQL Qt tidak ada: pasang paket Debian libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no password was given</source>
        <translation>kata sandi tidak diberikan</translation>
    </message>
    <message>
        <source>the user name or the password is wrong</source>
        <translation>nama pengguna atau kata sandi salah</translation>
    </message>
    <message>
        <source>the server has no such database or user</source>
        <translation>server tidak mengenal basis data atau pengguna itu</translation>
    </message>
    <message>
        <source>the encrypted connection could not be set up</source>
        <translation>sambungan terenkripsi tidak dapat dibuat</translation>
    </message>
    <message>
        <source>no server answers at that address</source>
        <translation>tidak ada server yang menjawab di alamat itu</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>server menolak sambungan</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. The server said: “%3”</source>
        <translation>Tidak dapat tersambung ke %1: %2. Kata server: “%3”</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. The server said: “%2”</source>
        <translation>Sambungan ke %1 terputus. Kata server: “%2”</translation>
    </message>
</context>
<context>
    <name>Tepat::PkBatchExport</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::PkDiffDialog</name>
    <message>
        <source>%1 against %2</source>
        <translation>%1 dibandingkan dengan %2</translation>
    </message>
    <message>
        <source>Indicators: %1 added, %2 removed, %3 changed. Jumlah anggaran: %4 → %5.</source>
        <translation>Indikator: %1 ditambah, %2 dihapus, %3 diubah. Jumlah anggaran: %4 → %5.</translation>
    </message>
</context>
<context>
    <name>Tepat::PkDiffModel</name>
    <message>
        <source>added</source>
        <translation>ditambah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tetap</translation>
    </message>
    <message>
        <source>Program (earlier)</source>
        <translation>Program (sebelumnya)</translation>
    </message>
    <message>
        <source>Target (earlier)</source>
        <translation>Target (sebelumnya)</translation>
    </message>
    <message>
        <source>Anggaran (earlier)</source>
        <translation>Anggaran (sebelumnya)</translation>
    </message>
    <message>
        <source>Program (this version)</source>
        <translation>Program (versi ini)</translation>
    </message>
    <message>
        <source>Target (this version)</source>
        <translation>Target (versi ini)</translation>
    </message>
    <message>
        <source>Anggaran (this version)</source>
        <translation>Anggaran (versi ini)</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Indicator (earlier)</source>
        <translation>Indikator (sebelumnya)</translation>
    </message>
    <message>
        <source>Indicator (this version)</source>
        <translation>Indikator (versi ini)</translation>
    </message>
</context>
<context>
    <name>Tepat::PkDocument</name>
    <message>
        <source>kepala daerah</source>
        <translation>kepala daerah</translation>
    </message>
    <message>
        <source>kepala OPD</source>
        <translation>kepala OPD</translation>
    </message>
    <message>
        <source>eselon III</source>
        <translation>eselon III</translation>
    </message>
    <message>
        <source>eselon IV</source>
        <translation>eselon IV</translation>
    </message>
    <message>
        <source>pergantian pejabat</source>
        <translation>pergantian pejabat</translation>
    </message>
    <message>
        <source>perubahan strategi, program, kegiatan atau anggaran</source>
        <translation>perubahan strategi, program, kegiatan atau anggaran</translation>
    </message>
    <message>
        <source>perubahan prioritas atau asumsi</source>
        <translation>perubahan prioritas atau asumsi</translation>
    </message>
</context>
<context>
    <name>Tepat::PkEditor</name>
    <message>
        <source>Pihak pertama (who promises)</source>
        <translation>Pihak pertama (yang berjanji)</translation>
    </message>
    <message>
        <source>Pihak kedua (the superior)</source>
        <translation>Pihak kedua (atasan)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Tambah baris</translation>
    </message>
    <message>
        <source>Add sa&amp;saran</source>
        <translation>Tambah sa&amp;saran</translation>
    </message>
    <message>
        <source>&amp;Delete row</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <source>Add pro&amp;gram row</source>
        <translation>Tambah baris pro&amp;gram</translation>
    </message>
    <message>
        <source>Delete program row</source>
        <translation>Hapus baris program</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Tingkat:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>T&amp;ahun:</translation>
    </message>
    <message>
        <source>&amp;Nomor:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Tang&amp;gal:</translation>
    </message>
    <message>
        <source>Lampiran: sasaran, indicators and targets</source>
        <translation>Lampiran: sasaran, indikator dan target</translation>
    </message>
    <message>
        <source>Lampiran: program and anggaran</source>
        <translation>Lampiran: program dan anggaran</translation>
    </message>
    <message>
        <source>PK %1 · %2</source>
        <translation>PK %1 · %2</translation>
    </message>
    <message>
        <source>Awal (first of the year)</source>
        <translation>Awal (awal tahun)</translation>
    </message>
    <message>
        <source>Perubahan (a change during the year)</source>
        <translation>Perubahan (perubahan di tengah tahun)</translation>
    </message>
    <message>
        <source>optional: the Jumlah as the DPA states it</source>
        <translation>opsional: Jumlah sesuai yang tertera di DPA</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Row comes from Renstra &amp;item:</source>
        <translation>B&amp;erasal dari butir Renstra:</translation>
    </message>
    <message>
        <source>Declared &amp;Jumlah (Rp):</source>
        <translation>Ju&amp;mlah sesuai DPA (Rp):</translation>
    </message>
    <message>
        <source>Jumlah: %1</source>
        <translation>Jumlah: %1</translation>
    </message>
    <message>
        <source>e.g. Perda APBD-Perubahan 2026, SK mutasi no. …</source>
        <translation>mis. Perda APBD-Perubahan 2026, SK mutasi no. …</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>&amp;Berlaku mulai:</source>
        <translation>Ber&amp;laku mulai:</translation>
    </message>
    <message>
        <source>Dasar:</source>
        <translation>Dasar:</translation>
    </message>
</context>
<context>
    <name>Tepat::PkExportActions</name>
    <message>
        <source>&amp;Export PK as PDF…</source>
        <translation>&amp;Ekspor PK ke PDF…</translation>
    </message>
    <message>
        <source>Export for signing &amp;ceremony…</source>
        <translation>Ekspor untuk acara penandatangana&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Print PK…</source>
        <translation>&amp;Cetak PK…</translation>
    </message>
    <message>
        <source>PK with Pakta &amp;Integritas</source>
        <translation>PK dengan Pakta &amp;Integritas</translation>
    </message>
    <message>
        <source>Export PK as PDF and Print PK follow the PK with the Pakta Integritas of its pihak pertama.</source>
        <translation>Ekspor PK ke PDF dan Cetak PK menyertakan Pakta Integritas pihak pertama setelah PK.</translation>
    </message>
    <message>
        <source>Export PK as PDF</source>
        <translation>Ekspor PK ke PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export for signing ceremony</source>
        <translation>Ekspor untuk acara penandatanganan</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>%n berkas PDF ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 ditulis (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print PK</source>
        <translation>Cetak PK</translation>
    </message>
    <message>
        <source>PK with errors</source>
        <translation>PK dengan kesalahan</translation>
    </message>
    <message>
        <source>&amp;Go on anyway</source>
        <translation>&amp;Tetap lanjutkan</translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n error(s)</source>
        <translation>
            <numerusform>• %1: %n kesalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PK has %n error(s) among its findings; a PK to be signed should have none. Go on anyway?</source>
        <translation>
            <numerusform>PK ini memiliki %n kesalahan dalam temuannya; PK yang akan ditandatangani seharusnya tanpa kesalahan. Tetap lanjutkan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these PKs have errors among their findings; a PK to be signed should have none:</source>
        <translation>
            <numerusform>%n PK berikut memiliki kesalahan dalam temuannya; PK yang akan ditandatangani seharusnya tanpa kesalahan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Go on anyway?</source>
        <translation>Tetap lanjutkan?</translation>
    </message>
    <message>
        <source>Export &amp;signed PK…</source>
        <translation>Ekspor PK &amp;bertanda tangan…</translation>
    </message>
    <message>
        <source>PK Perubahan with &amp;comparison page</source>
        <translation>PK Perubahan dengan halaman &amp;perbandingan</translation>
    </message>
    <message>
        <source>&amp;Verify signed PDF…</source>
        <translation>&amp;Verifikasi PDF bertanda tangan…</translation>
    </message>
    <message>
        <source>A PK Perubahan is followed by a page comparing its targets and anggaran with the version it changes.</source>
        <translation>PK Perubahan disertai halaman yang membandingkan target dan anggarannya dengan versi yang diubahnya.</translation>
    </message>
    <message>
        <source>Export the PK as PDF signed with the signatories&apos; certificates, and lock it.</source>
        <translation>Ekspor PK sebagai PDF yang ditandatangani dengan sertifikat para penandatangan, lalu kunci PK.</translation>
    </message>
    <message>
        <source>No certificate for %1, so the PK was not signed.</source>
        <translation>Tidak ada sertifikat untuk %1, sehingga PK tidak ditandatangani.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no certificate for %2)</source>
        <translation>%1 (tidak ada sertifikat untuk %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n PK(s) signed and locked.</source>
        <translation>
            <numerusform>%n PK ditandatangani dan dikunci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left unsigned, to be signed later (tepat-cli sign-pdf or another export):</source>
        <translation>Belum ditandatangani, untuk ditandatangani kemudian (tepat-cli sign-pdf atau ekspor berikutnya):</translation>
    </message>
    <message>
        <source>Not signed because of an error:</source>
        <translation>Tidak ditandatangani karena kesalahan:</translation>
    </message>
    <message>
        <source>Export signed PK</source>
        <translation>Ekspor PK bertanda tangan</translation>
    </message>
    <message>
        <source>Wrote %1, signed by %2; the PK is locked.</source>
        <translation>%1 ditulis, ditandatangani oleh %2; PK dikunci.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The PDF carries no digital signature.</source>
        <translation>PDF ini tidak memuat tanda tangan digital.</translation>
    </message>
    <message>
        <source>Every signature holds.</source>
        <translation>Semua tanda tangan sah.</translation>
    </message>
    <message>
        <source>A signature does not hold.</source>
        <translation>Ada tanda tangan yang tidak sah.</translation>
    </message>
    <message>
        <source>The PDF carries no Tepat fingerprint.</source>
        <translation>PDF ini tidak memuat sidik dokumen Tepat.</translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s) match the open workspace.</source>
        <translation>
            <numerusform>Semua %n dokumen sesuai dengan ruang kerja yang terbuka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) no longer match the open workspace.</source>
        <translation>
            <numerusform>%n dokumen tidak lagi sesuai dengan ruang kerja yang terbuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify signed PDF</source>
        <translation>Verifikasi PDF bertanda tangan</translation>
    </message>
</context>
<context>
    <name>Tepat::PkLockCommand</name>
    <message>
        <source>PK %1 does not exist.</source>
        <translation>PK %1 tidak ada.</translation>
    </message>
    <message>
        <source>This PK is signed and locked already.</source>
        <translation>PK ini sudah ditandatangani dan dikunci.</translation>
    </message>
    <message>
        <source>Give the day the PK was signed.</source>
        <translation>Isi tanggal penandatanganan PK.</translation>
    </message>
    <message>
        <source>This PK was replaced by a PK Perubahan and stays as it was signed.</source>
        <translation>PK ini sudah diganti PK Perubahan dan tetap seperti saat ditandatangani.</translation>
    </message>
    <message>
        <source>This PK is not locked.</source>
        <translation>PK ini tidak terkunci.</translation>
    </message>
    <message>
        <source>Unlocking a signed PK needs a reason, which is kept with it.</source>
        <translation>Membuka kunci PK yang sudah ditandatangani memerlukan alasan, yang disimpan bersama PK.</translation>
    </message>
    <message>
        <source>Mark PK as signed</source>
        <translation>Tandai PK sudah ditandatangani</translation>
    </message>
    <message>
        <source>Unlock PK</source>
        <translation>Buka kunci PK</translation>
    </message>
</context>
<context>
    <name>Tepat::PkLockState</name>
    <message>
        <source>This PK was replaced by %1 and stays as it was signed; change the newest version instead.</source>
        <translation>PK ini sudah diganti oleh %1 dan tetap seperti saat ditandatangani; ubahlah versi terbaru.</translation>
    </message>
    <message>
        <source>This PK was signed digitally on %1 and is locked.</source>
        <translation>PK ini ditandatangani secara elektronik pada %1 dan dikunci.</translation>
    </message>
    <message>
        <source>This PK was signed on paper on %1 and is locked.</source>
        <translation>PK ini ditandatangani di atas kertas pada %1 dan dikunci.</translation>
    </message>
    <message>
        <source>To change it, make a PK Perubahan, or unlock it with a reason (PK › Unlock).</source>
        <translation>Untuk mengubahnya, buat PK Perubahan, atau buka kuncinya dengan alasan (PK › Buka kunci).</translation>
    </message>
    <message>
        <source>This PK is terkunci: %1 locked it on %2 at the end of its workflow. To change it, make a PK Perubahan, or have an admin open it for a revision (revisi).</source>
        <translation>PK ini terkunci: %1 menguncinya pada %2 di akhir alurnya. Untuk mengubahnya, buat PK Perubahan, atau minta admin membukanya untuk revisi.</translation>
    </message>
</context>
<context>
    <name>Tepat::PkPdfMetadata</name>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 bukan berkas PDF.</translation>
    </message>
    <message>
        <source>%1 carries no Tepat fingerprint: Tepat did not write it, or a program rewrote it and dropped its metadata.</source>
        <translation>%1 tidak membawa sidik jari Tepat: berkas ini tidak ditulis oleh Tepat, atau sebuah program menulis ulang dan membuang metadatanya.</translation>
    </message>
</context>
<context>
    <name>Tepat::PkPdfSigning</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::PkPdfWriter</name>
    <message>
        <source>No PK to write to %1.</source>
        <translation>Tidak ada PK untuk ditulis ke %1.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>Penulisan %1 dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Tepat::PkPrinter</name>
    <message>
        <source>The PK could not be printed on %1.</source>
        <translation>PK tidak dapat dicetak ke %1.</translation>
    </message>
</context>
<context>
    <name>Tepat::PkProgramsModel</name>
    <message>
        <source>Jumlah: %1</source>
        <translation>Jumlah: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Program / Kegiatan / Sub Kegiatan</source>
        <translation>Program / Kegiatan / Sub Kegiatan</translation>
    </message>
    <message>
        <source>Anggaran (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <source>Add program row</source>
        <translation>Tambah baris program</translation>
    </message>
    <message>
        <source>Delete program row</source>
        <translation>Hapus baris program</translation>
    </message>
    <message>
        <source>Move program row</source>
        <translation>Pindahkan baris program</translation>
    </message>
    <message>
        <source>Paste program rows</source>
        <translation>Tempel baris program</translation>
    </message>
</context>
<context>
    <name>Tepat::PkTargetsModel</name>
    <message>
        <source>Sasaran</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Performance indicator</source>
        <translation>Indikator Kinerja</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Add PK row</source>
        <translation>Tambah baris PK</translation>
    </message>
    <message>
        <source>Paste into PK table</source>
        <translation>Tempel ke tabel PK</translation>
    </message>
</context>
<context>
    <name>Tepat::PkVersionPanel</name>
    <message>
        <source>Mark PK as signed</source>
        <translation>Tandai PK sudah ditandatangani</translation>
    </message>
    <message>
        <source>The PK is locked from now on: its sasaran, indicators, targets, programs and anggaran can no longer be changed, unless it is unlocked with a reason.</source>
        <translation>Mulai sekarang PK dikunci: sasaran, indikator, target, program dan anggarannya tidak dapat diubah lagi, kecuali kuncinya dibuka dengan alasan.</translation>
    </message>
    <message>
        <source>Signed on paper &amp;on:</source>
        <translation>Ditandatangani di atas kertas &amp;pada:</translation>
    </message>
    <message>
        <source>Unlock PK</source>
        <translation>Buka kunci PK</translation>
    </message>
    <message>
        <source>Why is the signed PK unlocked? The reason stays in its history.</source>
        <translation>Mengapa kunci PK yang sudah ditandatangani dibuka? Alasannya tersimpan dalam riwayat PK.</translation>
    </message>
    <message>
        <source>Mark as si&amp;gned…</source>
        <translation>Tandai sudah &amp;ditandatangani…</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>Buka &amp;kunci…</translation>
    </message>
    <message>
        <source>Make PK Pe&amp;rubahan…</source>
        <translation>Buat PK Pe&amp;rubahan…</translation>
    </message>
    <message>
        <source>Compare with earlier &amp;version…</source>
        <translation>Bandingkan dengan &amp;versi sebelumnya…</translation>
    </message>
    <message>
        <source>Replaced by %1; this version stays as it was.</source>
        <translation>Diganti oleh %1; versi ini tetap seperti semula.</translation>
    </message>
    <message>
        <source>Signed digitally on %1 — locked.</source>
        <translation>Ditandatangani secara elektronik pada %1 — dikunci.</translation>
    </message>
    <message>
        <source>Signed on paper on %1 — locked.</source>
        <translation>Ditandatangani di atas kertas pada %1 — dikunci.</translation>
    </message>
    <message>
        <source>Not signed yet — open for changes.</source>
        <translation>Belum ditandatangani — masih dapat diubah.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versi: %1</translation>
    </message>
    <message>
        <source>%1 %2: marked as signed (%3)</source>
        <translation>%1 %2: ditandai sudah ditandatangani (%3)</translation>
    </message>
    <message>
        <source>%1 %2: unlocked — %3</source>
        <translation>%1 %2: kunci dibuka — %3</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>Terkunci since %1 (the server&apos;s workflow) — locked.</source>
        <translation>Terkunci sejak %1 (alur kerja server) — dikunci.</translation>
    </message>
    <message>
        <source>%1 %2: terkunci (%3)</source>
        <translation>%1 %2: terkunci (%3)</translation>
    </message>
    <message>
        <source>(in force from %1)</source>
        <translation>(berlaku %1)</translation>
    </message>
</context>
<context>
    <name>Tepat::PkVersions</name>
    <message>
        <source>original PK</source>
        <translation>PK awal</translation>
    </message>
</context>
<context>
    <name>Tepat::PkWorkflowDock</name>
    <message>
        <source>Submit (ajukan)</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Mark reviewed (direviu)</source>
        <translation>Tandai sudah direviu</translation>
    </message>
    <message>
        <source>Approve (setujui)</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Lock (kunci)</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Send back (tolak)…</source>
        <translation>Kembalikan (tolak)…</translation>
    </message>
    <message>
        <source>Open for revision (revisi)…</source>
        <translation>Buka untuk revisi…</translation>
    </message>
    <message>
        <source>PK workflow</source>
        <translation>Alur PK</translation>
    </message>
    <message>
        <source>Why (kept with the step):</source>
        <translation>Alasan (disimpan bersama langkah ini):</translation>
    </message>
    <message>
        <source>Select a PK, or one of its sasaran or indicators.</source>
        <translation>Pilih sebuah PK, atau salah satu sasaran atau indikatornya.</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 → %2 by %3, %4%5</source>
        <translation>%1 → %2 oleh %3, %4%5</translation>
    </message>
    <message>
        <source>No step taken yet.</source>
        <translation>Belum ada langkah.</translation>
    </message>
</context>
<context>
    <name>Tepat::Pkcs12Signer</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 certificate file (.p12 or .pfx).</source>
        <translation>%1 bukan berkas sertifikat PKCS#12 (.p12 atau .pfx).</translation>
    </message>
    <message>
        <source>The password does not open %1. Check it and try again.</source>
        <translation>Kata sandi tidak dapat membuka %1. Periksa dan coba lagi.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key with its certificate, so it cannot sign.</source>
        <translation>%1 tidak berisi kunci privat beserta sertifikatnya, sehingga tidak dapat menandatangani.</translation>
    </message>
    <message>
        <source>Signing with %1 failed: %2</source>
        <translation>Penandatanganan dengan %1 gagal: %2</translation>
    </message>
    <message>
        <source>the signature does not verify: %1</source>
        <translation>tanda tangan tidak lolos verifikasi: %1</translation>
    </message>
</context>
<context>
    <name>Tepat::PlanItem</name>
    <message>
        <source>RPJMD tujuan</source>
        <translation>tujuan RPJMD</translation>
    </message>
    <message>
        <source>RPJMD sasaran</source>
        <translation>sasaran RPJMD</translation>
    </message>
    <message>
        <source>Renstra tujuan</source>
        <translation>tujuan Renstra</translation>
    </message>
    <message>
        <source>Renstra sasaran</source>
        <translation>sasaran Renstra</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>kegiatan</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>sub kegiatan</source>
        <translation>sub kegiatan</translation>
    </message>
    <message>
        <source>PK sasaran</source>
        <translation>sasaran PK</translation>
    </message>
</context>
<context>
    <name>Tepat::PlanItemEditor</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Misi:</source>
        <translation>&amp;Misi:</translation>
    </message>
    <message>
        <source>&amp;Supports RPJMD sasaran:</source>
        <translation>Mendukung &amp;sasaran RPJMD:</translation>
    </message>
    <message>
        <source>Permendagri 90 code, e.g. 1.02.02.2.01.0001</source>
        <translation>Kode Permendagri 90, mis. 1.02.02.2.01.0001</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s); select one in the tree to edit it.</source>
        <translation>
            <numerusform>%n indikator; pilih salah satu di pohon untuk menyuntingnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pagu indikatif per year</source>
        <translation>Pagu indikatif per tahun</translation>
    </message>
    <message>
        <source>Open the &amp;PK</source>
        <translation>Buka &amp;PK</translation>
    </message>
    <message>
        <source>Sasaran of the PK %1 %2 · %3; its indicators and targets are filled in the PK&apos;s table.</source>
        <translation>Sasaran PK %1 %2 · %3; indikator dan targetnya diisi di tabel PK.</translation>
    </message>
</context>
<context>
    <name>Tepat::PrintedPkCheck</name>
    <message>
        <source>indicator &quot;%1&quot;</source>
        <translation>indikator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>program %1</translation>
    </message>
    <message>
        <source>sasaran %1</source>
        <translation>sasaran %1</translation>
    </message>
    <message>
        <source>pihak pertama</source>
        <translation>pihak pertama</translation>
    </message>
    <message>
        <source>pihak kedua</source>
        <translation>pihak kedua</translation>
    </message>
    <message>
        <source>The pages of %1 cannot be compared: PK %2 is no longer in the workspace.</source>
        <translation>Halaman %1 tidak dapat dibandingkan: PK %2 sudah tidak ada di ruang kerja.</translation>
    </message>
</context>
<context>
    <name>Tepat::ProgramPicker</name>
    <message>
        <source>Type part of the Renstra program, kegiatan or sub kegiatan…</source>
        <translation>Ketik sebagian nama program, kegiatan atau sub kegiatan Renstra…</translation>
    </message>
</context>
<context>
    <name>Tepat::QrCode</name>
    <message>
        <source>the text is too long for a QR code</source>
        <translation>teksnya terlalu panjang untuk kode QR</translation>
    </message>
    <message>
        <source>libqrencode failed (errno %1)</source>
        <translation>libqrencode gagal (errno %1)</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1.</source>
        <translation>Kode QR tidak dapat dibuat: %1.</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiActions</name>
    <message>
        <source>&amp;Realisasi and capaian…</source>
        <translation>&amp;Realisasi dan capaian…</translation>
    </message>
    <message>
        <source>Enter the realisasi of the selected PK per triwulan and see its capaian</source>
        <translation>Isi realisasi PK yang dipilih per triwulan dan lihat capaiannya</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiAnggaranModel</name>
    <message>
        <source>Realisasi %1 (Rp)</source>
        <translation>Realisasi %1 (Rp)</translation>
    </message>
    <message>
        <source>Program / Kegiatan / Sub Kegiatan</source>
        <translation>Program / Kegiatan / Sub Kegiatan</translation>
    </message>
    <message>
        <source>Anggaran (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <source>Serapan s.d. %1</source>
        <translation>Serapan s.d. %1</translation>
    </message>
    <message>
        <source>Edit realisasi anggaran</source>
        <translation>Sunting realisasi anggaran</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiImportPlan</name>
    <message>
        <source>%1: the indicator &quot;%2&quot; is also in row %3.</source>
        <translation>%1: indikator &quot;%2&quot; juga ada di baris %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiImportPreview</name>
    <message>
        <source>Matched</source>
        <translation>Cocok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found their indicator</source>
        <translation>
            <numerusform>%n baris menemukan indikatornya</numerusform>
        </translation>
    </message>
    <message>
        <source>By number</source>
        <translation>Menurut nomor</translation>
    </message>
    <message>
        <source>By text</source>
        <translation>Menurut teks</translation>
    </message>
    <message>
        <source>Matched nothing</source>
        <translation>Tidak cocok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n baris tidak diimpor</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the sheet or the columns first: nothing is imported while a cell cannot be read.</source>
        <translation>Perbaiki lembar atau kolomnya dahulu: tidak ada yang diimpor selama masih ada sel yang tidak terbaca.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) get realisasi.</source>
        <translation>
            <numerusform>%n indikator mendapat realisasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no indicator of this PK and are left out.</source>
        <translation>
            <numerusform>%n baris tidak cocok dengan indikator PK ini dan tidak diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet matches an indicator of this PK.</source>
        <translation>Tidak ada baris lembar yang cocok dengan indikator PK ini.</translation>
    </message>
    <message>
        <source>Import realisasi from %1</source>
        <translation>Impor realisasi dari %1</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiInput</name>
    <message>
        <source>&quot;%1&quot; is a target, not a realisasi: write the one value that was reached, e.g. 75,5.</source>
        <translation>&quot;%1&quot; adalah target, bukan realisasi: tulis satu nilai yang tercapai, mis. 75,5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a grade of %2 (%3).</source>
        <translation>&quot;%1&quot; bukan angka atau predikat %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it the Indonesian way, e.g. 75,5 or 1.250.</source>
        <translation>&quot;%1&quot; bukan angka. Tulis dengan cara Indonesia, mis. 75,5 atau 1.250.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target that can be measured: write a number, a range, a bound or a grade.</source>
        <translation>&quot;%1&quot; bukan target yang dapat diukur: tulis angka, rentang, batas atau predikat.</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiJson</name>
    <message>
        <source>&quot;%1&quot; is not a triwulan; use tw1, tw2, tw3 or tw4.</source>
        <translation>&quot;%1&quot; bukan triwulan; gunakan tw1, tw2, tw3 atau tw4.</translation>
    </message>
    <message>
        <source>must be an object ({ … }).</source>
        <translation>harus berupa objek ({ … }).</translation>
    </message>
    <message>
        <source>must be a triwulan from 0 (none closed) to 4.</source>
        <translation>harus triwulan 0 (belum ada yang ditutup) sampai 4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a triwulan; use tw1, tw2, tw3 or tw4, or analisis.</source>
        <translation>&quot;%1&quot; bukan triwulan; gunakan tw1, tw2, tw3 atau tw4, atau analisis.</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiModel</name>
    <message>
        <source>%1 against %2, realisasi %3</source>
        <translation>%1 terhadap %2, realisasi %3</translation>
    </message>
    <message>
        <source>Taken from the indicator&apos;s wording; choose another to fix it.</source>
        <translation>Diambil dari rumusan indikator; pilih yang lain untuk menetapkannya.</translation>
    </message>
    <message>
        <source>Realisasi
%1</source>
        <translation>Realisasi
%1</translation>
    </message>
    <message>
        <source>Performance indicator</source>
        <translation>Indikator Kinerja</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Metode</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Target
%1</source>
        <translation>Target
%1</translation>
    </message>
    <message>
        <source>Capaian
s.d. %1</source>
        <translation>Capaian
s.d. %1</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Kendala %1</source>
        <translation>Kendala %1</translation>
    </message>
    <message>
        <source>Tindak Lanjut %1</source>
        <translation>Tindak Lanjut %1</translation>
    </message>
    <message>
        <source>Bukti %1</source>
        <translation>Bukti %1</translation>
    </message>
    <message>
        <source>Paste realisasi</source>
        <translation>Tempel realisasi</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Faktor Pendukung
%1</source>
        <translation>Faktor Pendukung
%1</translation>
    </message>
    <message>
        <source>Faktor Penghambat
%1</source>
        <translation>Faktor Penghambat
%1</translation>
    </message>
    <message>
        <source>Upaya Peningkatan
%1</source>
        <translation>Upaya Peningkatan
%1</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiView</name>
    <message>
        <source>Capaian &amp;settings…</source>
        <translation>&amp;Pengaturan capaian…</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>s.d. %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>&amp;Closed up to</source>
        <translation>&amp;Ditutup s.d.</translation>
    </message>
    <message>
        <source>Realisasi anggaran</source>
        <translation>Realisasi anggaran</translation>
    </message>
    <message>
        <source>Realisasi of PK %1: %2, %3</source>
        <translation>Realisasi PK %1: %2, %3</translation>
    </message>
    <message>
        <source>Mean capaian up to %1: %2</source>
        <translation>Rata-rata capaian s.d. %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n without capaian</source>
        <translation>
            <numerusform>%n tanpa capaian</numerusform>
        </translation>
    </message>
    <message>
        <source>serapan anggaran %1</source>
        <translation>serapan anggaran %1</translation>
    </message>
    <message>
        <source>efisiensi %1</source>
        <translation>efisiensi %1</translation>
    </message>
</context>
<context>
    <name>Tepat::RealisasiWindow</name>
    <message>
        <source>Realisasi and capaian</source>
        <translation>Realisasi dan capaian</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
</context>
<context>
    <name>Tepat::RecoveryActions</name>
    <message>
        <source>Cannot restore unsaved work</source>
        <translation>Tidak dapat memulihkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <source>Unsaved work from %1 restored: save it to keep it.</source>
        <translation>Pekerjaan yang belum disimpan dari %1 telah dipulihkan: simpan agar tidak hilang.</translation>
    </message>
</context>
<context>
    <name>Tepat::RecoveryDialog</name>
    <message>
        <source>Unsaved work found</source>
        <translation>Ditemukan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Putuskan &amp;nanti</translation>
    </message>
    <message>
        <source>Unsaved work from %1 was found.</source>
        <translation>Ditemukan pekerjaan yang belum disimpan dari %1.</translation>
    </message>
    <message>
        <source>It belongs to a new workspace that was never saved.</source>
        <translation>Pekerjaan ini milik ruang kerja baru yang belum pernah disimpan.</translation>
    </message>
    <message>
        <source>It belongs to a new workspace of %1 that was never saved.</source>
        <translation>Pekerjaan ini milik ruang kerja baru %1 yang belum pernah disimpan.</translation>
    </message>
    <message>
        <source>Tepat ended without saving it. Restore it (then choose where to save it), or discard it?</source>
        <translation>Tepat tertutup sebelum pekerjaan ini disimpan. Pulihkan (lalu pilih tempat menyimpannya), atau buang?</translation>
    </message>
    <message>
        <source>It belongs to %1, which no longer exists. Tepat ended without saving it. Restore it as a new workspace (then choose where to save it), or discard it?</source>
        <translation>Pekerjaan ini milik %1, yang sudah tidak ada. Tepat tertutup sebelum pekerjaan ini disimpan. Pulihkan sebagai ruang kerja baru (lalu pilih tempat menyimpannya), atau buang?</translation>
    </message>
    <message>
        <source>It belongs to %1: Tepat ended without saving it. Restore it into the workspace as unsaved changes, or discard it? The file itself was not changed.</source>
        <translation>Pekerjaan ini milik %1: Tepat tertutup sebelum pekerjaan ini disimpan. Pulihkan ke ruang kerja sebagai perubahan yang belum disimpan, atau buang? Berkasnya sendiri tidak diubah.</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <extracomment>A date and time pattern of QLocale: 3 December 2026, 17:42</extracomment>
        <translation>d MMMM yyyy, &apos;pukul&apos; HH.mm</translation>
    </message>
</context>
<context>
    <name>Tepat::RecoverySlot</name>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Folder pemulihan %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The recovery copy %1 is in use by another Tepat.</source>
        <translation>Salinan pemulihan %1 sedang dipakai oleh Tepat lain.</translation>
    </message>
    <message>
        <source>Cannot lock the recovery copy %1.</source>
        <translation>Salinan pemulihan %1 tidak dapat dikunci.</translation>
    </message>
</context>
<context>
    <name>Tepat::RecoveryStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>Tepat::RemoveCommentCommand</name>
    <message>
        <source>Delete comment</source>
        <translation>Hapus komentar</translation>
    </message>
</context>
<context>
    <name>Tepat::RemoveIndicatorCommand</name>
    <message>
        <source>Delete indicator</source>
        <translation>Hapus indikator</translation>
    </message>
</context>
<context>
    <name>Tepat::RemoveItemCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
</context>
<context>
    <name>Tepat::RemoveOpdCommand</name>
    <message>
        <source>Delete OPD %1</source>
        <translation>Hapus OPD %1</translation>
    </message>
</context>
<context>
    <name>Tepat::RemovePkCommand</name>
    <message>
        <source>Delete PK %1</source>
        <translation>Hapus PK %1</translation>
    </message>
</context>
<context>
    <name>Tepat::ReportActions</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Laporan…</translation>
    </message>
    <message>
        <source>Write the Pengukuran Kinerja, Monitoring Triwulan or LKjIP tables of a year as PDF or XLSX</source>
        <translation>Tulis tabel Pengukuran Kinerja, Monitoring Triwulan atau LKjIP suatu tahun sebagai PDF atau XLSX</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>The workspace has no PK of %1 for the OPDs chosen.</source>
        <translation>Ruang kerja ini tidak memiliki PK tahun %1 untuk OPD yang dipilih.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report file(s) to %1.</source>
        <translation>
            <numerusform>%n berkas laporan ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tepat::ReportBatch</name>
    <message>
        <source>Writing the reports was cancelled.</source>
        <translation>Penulisan laporan dibatalkan.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>Tepat::ReportExport</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report file(s)…</source>
        <translation>
            <numerusform>Menulis %n berkas laporan…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>Tepat::ReportsDialog</name>
    <message>
        <source>&amp;All OPDs and the pemda</source>
        <translation>&amp;Semua OPD dan pemda</translation>
    </message>
    <message>
        <source>One file per &amp;OPD</source>
        <translation>Satu berkas per &amp;OPD</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Pengukuran Kinerja (every PK)</source>
        <translation>Pengukuran Kinerja (setiap PK)</translation>
    </message>
    <message>
        <source>Monitoring Triwulan (per OPD)</source>
        <translation>Monitoring Triwulan (per OPD)</translation>
    </message>
    <message>
        <source>LKjIP chapter III tables and chart (per OPD)</source>
        <translation>Tabel dan grafik LKjIP Bab III (per OPD)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>s.d. %1</translation>
    </message>
    <message>
        <source>OPDs</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Buku kerja Excel (XLSX)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Capaian:</source>
        <translation>&amp;Capaian:</translation>
    </message>
    <message>
        <source>OPDs:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Folder untuk laporan</translation>
    </message>
</context>
<context>
    <name>Tepat::ReviewCommentBar</name>
    <message>
        <source>New comment:</source>
        <translation>Komentar baru:</translation>
    </message>
    <message>
        <source>Comment by %1:</source>
        <translation>Komentar %1:</translation>
    </message>
</context>
<context>
    <name>Tepat::ReviewSummary</name>
    <message>
        <source>Indicator: %1</source>
        <translation>Indikator: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PK %1 %2</source>
        <translation>PK %1 %2</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(sudah dihapus)</translation>
    </message>
</context>
<context>
    <name>Tepat::ReviewSummaryExport</name>
    <message>
        <source>Export review &amp;summary…</source>
        <translation>Ekspor &amp;ringkasan reviu…</translation>
    </message>
    <message>
        <source>review-summary-%1.pdf</source>
        <translation>ringkasan-reviu-%1.pdf</translation>
    </message>
    <message>
        <source>Export review summary</source>
        <translation>Ekspor ringkasan reviu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export review summary</source>
        <translation>Tidak dapat mengekspor ringkasan reviu</translation>
    </message>
    <message numerus="yes">
        <source>Review summary written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Ringkasan reviu ditulis ke %1 (%n halaman)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tepat::ReviewSummaryLayout</name>
    <message>
        <source>REVIEW SUMMARY</source>
        <translation>RINGKASAN HASIL REVIU</translation>
    </message>
    <message>
        <source>Pemda</source>
        <translation>Pemda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>%1 (%2 errors, %3 warnings, %4 notes)</source>
        <translation>%1 (%2 kesalahan, %3 peringatan, %4 saran)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Tidak ada temuan</translation>
    </message>
    <message>
        <source>A. Findings per OPD</source>
        <translation>A. Temuan per OPD</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>B. Findings per rule</source>
        <translation>B. Temuan per aturan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>C. Open reviewer comments</source>
        <translation>C. Komentar pereviu yang belum selesai</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Pereviu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>No open comments</source>
        <translation>Tidak ada komentar terbuka</translation>
    </message>
    <message>
        <source>Review summary · %1 · %2</source>
        <translation>Ringkasan reviu · %1 · %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 belum selesai</translation>
    </message>
</context>
<context>
    <name>Tepat::ReviewSummaryPdfWriter</name>
    <message>
        <source>Review summary %1 %2</source>
        <translation>Ringkasan reviu %1 %2</translation>
    </message>
</context>
<context>
    <name>Tepat::ReviewWindow</name>
    <message>
        <source>Tepat — review mode</source>
        <translation>Tepat — mode reviu</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran perbaikan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>PK %1</source>
        <translation>PK %1</translation>
    </message>
    <message>
        <source>RPJMD</source>
        <translation>RPJMD</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Tidak ada temuan</translation>
    </message>
    <message>
        <source>The checker found nothing to discuss in this workspace.</source>
        <translation>Pemeriksa tidak menemukan hal yang perlu dibahas dalam ruang kerja ini.</translation>
    </message>
    <message>
        <source>Finding %1 of %2</source>
        <translation>Temuan %1 dari %2</translation>
    </message>
    <message>
        <source>%1 — target %2 %3</source>
        <translation>%1 — target %2 %3</translation>
    </message>
    <message>
        <source>(deleted item)</source>
        <translation>(butir terhapus)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Komentar: %1</translation>
    </message>
    <message>
        <source>→ next   ← previous   N comment   F2 edit comment   Shift ↓/↑ scroll   Ctrl + / Ctrl − type size   Esc leave</source>
        <translation>→ berikutnya   ← sebelumnya   N komentar   F2 ubah komentar   Shift ↓/↑ gulir   Ctrl + / Ctrl − ukuran huruf   Esc keluar</translation>
    </message>
</context>
<context>
    <name>Tepat::ServerActions</name>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Sambungkan ke &amp;server…</translation>
    </message>
    <message>
        <source>&amp;History of the selected object…</source>
        <translation>&amp;Riwayat objek terpilih…</translation>
    </message>
    <message>
        <source>Open the workspace of a Tepat server (PostgreSQL) to work on it with the other OPDs at the same time.</source>
        <translation>Buka ruang kerja di server Tepat (PostgreSQL) untuk dikerjakan bersama OPD lain pada saat yang sama.</translation>
    </message>
    <message>
        <source>Every change the server recorded of the selected object: who, when, and the old and new values.</source>
        <translation>Setiap perubahan objek terpilih yang dicatat server: siapa, kapan, serta nilai lama dan barunya.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Sambungkan ke server</translation>
    </message>
    <message>
        <source>Server address (postgresql://USER@HOST:PORT/DATABASE; add ?sslmode=verify-full for an encrypted, checked connection):</source>
        <translation>Alamat server (postgresql://PENGGUNA@HOST:PORT/BASISDATA; tambahkan ?sslmode=verify-full untuk sambungan terenkripsi yang diperiksa):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password for %1 (kept for this session only):</source>
        <translation>Kata sandi untuk %1 (hanya disimpan selama sesi ini):</translation>
    </message>
</context>
<context>
    <name>Tepat::ServerSchema</name>
    <message>
        <source>%1 was set up by a newer Tepat (server layout %2); this one works with layout %3 at most. Update Tepat.</source>
        <translation>%1 disiapkan oleh Tepat yang lebih baru (tata letak server %2); Tepat ini hanya mengenal sampai tata letak %3. Perbarui Tepat.</translation>
    </message>
    <message>
        <source>%1 is not a Tepat server: run &quot;tepat-cli server init&quot; first.</source>
        <translation>%1 bukan server Tepat: jalankan &quot;tepat-cli server init&quot; lebih dahulu.</translation>
    </message>
    <message>
        <source>Setting up %1 failed (%2). Run it as the database&apos;s owner with the right to create roles, or as a superuser.</source>
        <translation>Penyiapan %1 gagal (%2). Jalankan sebagai pemilik basis data yang berhak membuat role, atau sebagai superuser.</translation>
    </message>
    <message>
        <source>Setting up %1 failed: %2</source>
        <translation>Penyiapan %1 gagal: %2</translation>
    </message>
    <message>
        <source>Bringing %1 from layout %2 to %3 failed: %4</source>
        <translation>Memperbarui %1 dari tata letak %2 ke %3 gagal: %4</translation>
    </message>
</context>
<context>
    <name>Tepat::ServerStatusLabel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Disconnected from %1 — %n change(s) waiting; Save tries again, Save As keeps them in a file</source>
        <translation>
            <numerusform>⚠ Terputus dari %1 — %n perubahan menunggu; Simpan mencoba lagi, Simpan sebagai menyimpannya dalam berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>penyusun of %1</source>
        <translation>penyusun %1</translation>
    </message>
    <message>
        <source>Server: %1 — %2 (%3)</source>
        <translation>Server: %1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Tepat::ServerStore</name>
    <message>
        <source>%1 is not a Tepat server: run &quot;tepat-cli server init&quot; first.</source>
        <translation>%1 bukan server Tepat: jalankan &quot;tepat-cli server init&quot; lebih dahulu.</translation>
    </message>
    <message>
        <source>%1 holds no workspace yet: an admin publishes one with &quot;tepat-cli server publish&quot;.</source>
        <translation>%1 belum berisi ruang kerja: admin menerbitkannya dengan &quot;tepat-cli server publish&quot;.</translation>
    </message>
    <message>
        <source>%1 holds a workspace already: publishing needs an empty server.</source>
        <translation>%1 sudah berisi ruang kerja: penerbitan memerlukan server yang kosong.</translation>
    </message>
    <message>
        <source>Nothing was published to %1: %2</source>
        <translation>Tidak ada yang diterbitkan ke %1: %2</translation>
    </message>
    <message>
        <source>The pemda&apos;s own data</source>
        <translation>Data pemda sendiri</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot;</source>
        <translation>Indikator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>PK %1 of %2</source>
        <translation>PK %1 milik %2</translation>
    </message>
    <message>
        <source>OPD %1</source>
        <translation>OPD %1</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, role %2</translation>
    </message>
    <message>
        <source>%1, role %2 of OPD %3</source>
        <translation>%1, role %2 untuk OPD %3</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 UTC; your change was not saved.</source>
        <translation>%1 dihapus oleh %2 pada %3 UTC; perubahan Anda tidak disimpan.</translation>
    </message>
    <message>
        <source>%1 is no longer on the server; your change was not saved.</source>
        <translation>%1 sudah tidak ada di server; perubahan Anda tidak disimpan.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 UTC after you loaded it; your change was not saved and you now see theirs.</source>
        <translation>%1 diubah oleh %2 pada %3 UTC setelah Anda memuatnya; perubahan Anda tidak disimpan dan kini Anda melihat versi mereka.</translation>
    </message>
    <message>
        <source>%1 may not be changed by %2.</source>
        <translation>%1 tidak boleh diubah oleh %2.</translation>
    </message>
    <message>
        <source>%1 was not saved (%2): %3</source>
        <translation>%1 tidak tersimpan (%2): %3</translation>
    </message>
    <message>
        <source>%1 was set up by an older Tepat (server layout %2): its owner brings it up to date with &quot;tepat-cli server init&quot; first.</source>
        <translation>%1 disiapkan oleh Tepat yang lebih lama (tata letak server %2): pemiliknya harus memperbaruinya dulu dengan &quot;tepat-cli server init&quot;.</translation>
    </message>
</context>
<context>
    <name>Tepat::ServerUrl</name>
    <message>
        <source>%1 is not a server address: write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 bukan alamat server: tulis sebagai postgresql://PENGGUNA@HOST:PORT/BASISDATA.</translation>
    </message>
    <message>
        <source>%1 names no database: add it after the host, as in postgresql://USER@HOST/DATABASE.</source>
        <translation>%1 tidak menyebut basis data: tambahkan setelah host, seperti postgresql://PENGGUNA@HOST/BASISDATA.</translation>
    </message>
    <message>
        <source>The option %1 of %2 cannot contain &apos;;&apos; or spaces.</source>
        <translation>Opsi %1 pada %2 tidak boleh memuat &apos;;&apos; atau spasi.</translation>
    </message>
</context>
<context>
    <name>Tepat::ServesCandidateModel</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Tepat::ServesPicker</name>
    <message>
        <source>Type part of the indicator it serves…</source>
        <translation>Ketik sebagian nama indikator yang didukung…</translation>
    </message>
</context>
<context>
    <name>Tepat::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nama pe&amp;reviu:</translation>
    </message>
    <message>
        <source>Review mode &amp;type size:</source>
        <translation>&amp;Ukuran huruf mode reviu:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Pereviu</translation>
    </message>
    <message>
        <source>PEM file of the CA certificates you trust</source>
        <translation>Berkas PEM berisi sertifikat CA yang Anda percayai</translation>
    </message>
    <message>
        <source>Signatures whose certificates chain to these CAs are shown as trusted when a signed PDF is verified.</source>
        <translation>Tanda tangan yang sertifikatnya bersambung ke CA ini ditampilkan tepercaya saat PDF bertanda tangan diverifikasi.</translation>
    </message>
    <message>
        <source>Trusted &amp;CAs for signatures:</source>
        <translation>&amp;CA tepercaya untuk tanda tangan:</translation>
    </message>
</context>
<context>
    <name>Tepat::SheetFile</name>
    <message>
        <source>%1: a spreadsheet export is written as .xlsx or .csv.</source>
        <translation>%1: ekspor lembar kerja hanya dapat disimpan sebagai .xlsx atau .csv.</translation>
    </message>
</context>
<context>
    <name>Tepat::SheetRowReader</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no program, kegiatan or sub kegiatan code (such as 1.02.02 or 1.02.02.2.01), so its level is unknown.</source>
        <translation>&apos;%1&apos; tidak berkode program, kegiatan atau sub kegiatan (misalnya 1.02.02 atau 1.02.02.2.01), sehingga tingkatnya tidak diketahui.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; bukan angka.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>&apos;%1&apos; bukan jumlah uang.</translation>
    </message>
</context>
<context>
    <name>Tepat::SheetTable</name>
    <message>
        <source>%1, row %2, column %3</source>
        <translation>%1, baris %2, kolom %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3</source>
        <translation>Lembar &apos;%1&apos;, baris %2, kolom %3</translation>
    </message>
</context>
<context>
    <name>Tepat::SignPkDialog</name>
    <message>
        <source>Export signed PK</source>
        <translation>Ekspor PK bertanda tangan</translation>
    </message>
    <message>
        <source>Pihak kedua, then pihak pertama</source>
        <translation>Pihak kedua, lalu pihak pertama</translation>
    </message>
    <message>
        <source>Pihak pertama, then pihak kedua</source>
        <translation>Pihak pertama, lalu pihak kedua</translation>
    </message>
    <message>
        <source>Each signature is a PAdES signature (ETSI.CAdES.detached) shown in the signatory&apos;s block on the statement page. A certificate file on this computer makes a &lt;b&gt;TTE tidak tersertifikasi&lt;/b&gt; (PP 71/2019 Ps. 60) unless a PSrE such as BSrE issued it. Passwords are used once and not kept. The PK is locked once its signed PDF is written.</source>
        <translation>Setiap tanda tangan adalah tanda tangan PAdES (ETSI.CAdES.detached) yang tampil di blok penanda tangan pada halaman pernyataan. Berkas sertifikat di komputer ini menghasilkan &lt;b&gt;TTE tidak tersertifikasi&lt;/b&gt; (PP 71/2019 Ps. 60), kecuali sertifikat itu diterbitkan PSrE seperti BSrE. Kata sandi hanya dipakai sekali dan tidak disimpan. PK dikunci setelah PDF bertanda tangannya ditulis.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Sign in the order:</source>
        <translation>Urutan penandatanganan:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Lokasi simpan:</translation>
    </message>
    <message>
        <source>&amp;Sign and export</source>
        <translation>&amp;Tandatangani dan ekspor</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Tepat::SignatoryCertificates</name>
    <message>
        <source>&lt;b&gt;Signatory&lt;/b&gt;</source>
        <translation>&lt;b&gt;Penanda tangan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate (.p12, .pfx)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sertifikat (.p12, .pfx)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kata sandi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no certificate: their PKs stay unsigned</source>
        <translation>tanpa sertifikat: PK-nya tetap belum ditandatangani</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Tepat::SignatureReport</name>
    <message>
        <source>Signature %1 (%2): %3</source>
        <translation>Tanda tangan %1 (%2): %3</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Sertifikat: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Diterbitkan oleh: %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Berlaku: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Ditandatangani: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Jenis: %1</translation>
    </message>
    <message>
        <source>INVALID: %1.</source>
        <translation>TIDAK SAH: %1.</translation>
    </message>
    <message>
        <source>CHANGED after this signature: %1.</source>
        <translation>DIUBAH setelah tanda tangan ini: %1.</translation>
    </message>
    <message>
        <source>Intact; it covers the whole document.</source>
        <translation>Utuh; mencakup seluruh dokumen.</translation>
    </message>
    <message>
        <source>Intact; the document is unchanged since, but for later signatures.</source>
        <translation>Utuh; dokumen tidak berubah sejak itu, selain tanda tangan berikutnya.</translation>
    </message>
    <message>
        <source>Trust: not checked (give the CA certificates with --trust).</source>
        <translation>Kepercayaan: tidak diperiksa (beri sertifikat CA dengan --trust).</translation>
    </message>
    <message>
        <source>Trust: the certificate chains to a trusted CA.</source>
        <translation>Kepercayaan: sertifikat bersambung ke CA tepercaya.</translation>
    </message>
    <message>
        <source>Trust: NOT trusted (%1).</source>
        <translation>Kepercayaan: TIDAK tepercaya (%1).</translation>
    </message>
</context>
<context>
    <name>Tepat::SqliteConnection</name>
    <message>
        <source>%1 is locked by another program; close it there and try again.</source>
        <translation>%1 dikunci program lain; tutup di sana lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is damaged: its database structure is broken. Open a backup copy instead.</source>
        <translation>%1 rusak: struktur basis datanya rusak. Buka salinan cadangan.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: disk penuh.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read it.</source>
        <translation>%1: memori tidak cukup untuk membacanya.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk or the network drive reported an error.</source>
        <translation>%1 tidak dapat dibaca atau ditulis: disk atau drive jaringan melaporkan galat.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>%1 could not be read as a Tepat workspace (SQLite error %2).</source>
        <translation>%1 tidak dapat dibaca sebagai ruang kerja Tepat (galat SQLite %2).</translation>
    </message>
</context>
<context>
    <name>Tepat::TargetFeedback</name>
    <message>
        <source>&quot;%1&quot; is words, not a number, range or grade: the target cannot be measured.</source>
        <translation>&quot;%1&quot; berupa kata, bukan angka, rentang atau predikat: target tidak dapat diukur.</translation>
    </message>
</context>
<context>
    <name>Tepat::TargetTableModel</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Paste targets</source>
        <translation>Tempel target</translation>
    </message>
</context>
<context>
    <name>Tepat::TriwulanChartWidget</name>
    <message>
        <source>%1: target %2, realisasi %3</source>
        <translation>%1: target %2, realisasi %3</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceDocument</name>
    <message>
        <source>This workspace has no file yet: use Save As to choose one.</source>
        <translation>Ruang kerja ini belum memiliki berkas: gunakan Simpan sebagai untuk memilihnya.</translation>
    </message>
    <message>
        <source>%1 is read-only: use Save As to save a copy.</source>
        <translation>%1 hanya-baca: gunakan Simpan sebagai untuk menyimpan salinan.</translation>
    </message>
    <message>
        <source>Not connected to %1: the change is kept and sent when the connection is back.</source>
        <translation>Tidak tersambung ke %1: perubahan disimpan dan dikirim saat sambungan kembali.</translation>
    </message>
    <message>
        <source>Connected to %1 again; your changes are saved on the server.</source>
        <translation>Tersambung lagi ke %1; perubahan Anda tersimpan di server.</translation>
    </message>
    <message>
        <source>Another user changed an object you had edited: it shows their version now, and your undo history was cleared.</source>
        <translation>Pengguna lain mengubah objek yang telah Anda sunting: kini tampil versi mereka, dan riwayat urungkan Anda dikosongkan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be reached: %n change(s) wait to be sent. Use Save As to keep them in an offline copy.</source>
        <translation>
            <numerusform>%1 tidak dapat dijangkau: %n perubahan menunggu dikirim. Gunakan Simpan sebagai untuk menyimpannya dalam salinan luring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since Tepat read it. Nothing was saved over it: keep your work with Save As, or reload the file to see the other version.</source>
        <translation>%1 diubah di disk oleh program lain sejak Tepat membacanya. Tidak ada yang disimpan menimpanya: simpan pekerjaan Anda dengan Simpan Sebagai, atau muat ulang berkas untuk melihat versi lain itu.</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceFile</name>
    <message>
        <source>%1 is a folder, not a Tepat workspace.</source>
        <translation>%1 adalah folder, bukan ruang kerja Tepat.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tepat workspace.</source>
        <translation>%1 kosong, bukan ruang kerja Tepat.</translation>
    </message>
    <message>
        <source>%1 is not a Tepat workspace: it is not a database at all.</source>
        <translation>%1 bukan ruang kerja Tepat: berkas ini sama sekali bukan basis data.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Tepat workspace.</source>
        <translation>%1 adalah basis data program lain, bukan ruang kerja Tepat.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Tepat (format %2); this one reads up to format %3. Update Tepat to open it.</source>
        <translation>%1 disimpan oleh Tepat yang lebih baru (format %2); versi ini hanya membaca sampai format %3. Perbarui Tepat untuk membukanya.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it holds %2 of its %3 bytes, probably from an interrupted copy. Copy it again from where it came from.</source>
        <translation>%1 tidak lengkap: hanya berisi %2 dari %3 bita, mungkin karena penyalinan terputus. Salin lagi dari sumbernya.</translation>
    </message>
    <message>
        <source>%1 is read-only: changes cannot be saved into it. Use Save As to keep your work in another file.</source>
        <translation>%1 hanya-baca: perubahan tidak dapat disimpan ke dalamnya. Gunakan Simpan sebagai untuk menyimpan pekerjaan di berkas lain.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so %2 cannot be saved there. Use Save As to keep your work elsewhere.</source>
        <translation>Folder %1 hanya-baca, sehingga %2 tidak dapat disimpan di sana. Gunakan Simpan sebagai untuk menyimpan pekerjaan di tempat lain.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>%1 was not saved, the file on disk is unchanged: %2</source>
        <translation>%1 tidak tersimpan, berkas di disk tidak berubah: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: the disk did not accept the data. The file on disk is unchanged.</source>
        <translation>%1 tidak tersimpan: disk tidak menerima data. Berkas di disk tidak berubah.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2. The file on disk is unchanged.</source>
        <translation>%1 tidak tersimpan: %2. Berkas di disk tidak berubah.</translation>
    </message>
    <message>
        <source>%1 could not be copied to be read: the temporary folder is full or cannot be written.</source>
        <translation>%1 tidak dapat disalin untuk dibaca: folder sementara penuh atau tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1 is damaged: its pages are not whole. Open a backup copy instead.</source>
        <translation>%1 rusak: halaman-halamannya tidak utuh. Buka salinan cadangan.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so %2 cannot be saved there.</source>
        <translation>Folder %1 tidak ada, jadi %2 tidak dapat disimpan di sana.</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceFileActions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Ruang kerja &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan seb&amp;agai…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved yet. Save them?</source>
        <translation>Ruang kerja ini memiliki perubahan yang belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>%1 is read-only: changes cannot be saved into it; use Save As.</source>
        <translation>%1 hanya-baca: perubahan tidak dapat disimpan ke dalamnya; gunakan Simpan sebagai.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Simpan ruang kerja sebagai</translation>
    </message>
    <message>
        <source>Tepat workspaces (*.tepat)</source>
        <translation>Ruang kerja Tepat (*.tepat)</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Tidak dapat membuat ruang kerja</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Tidak dapat membuka ruang kerja</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is removed from the recent files.</source>
        <translation>%1 sudah tidak ada; berkas itu dihapus dari daftar berkas terakhir.</translation>
    </message>
    <message>
        <source>Unsaved changes kept for recovery at %1; the file changes only when you save.</source>
        <translation>Perubahan yang belum disimpan dicadangkan untuk pemulihan pukul %1; berkas hanya berubah saat Anda menyimpan.</translation>
    </message>
    <message>
        <source>Cannot keep unsaved changes for recovery: %1</source>
        <translation>Tidak dapat mencadangkan perubahan yang belum disimpan: %1</translation>
    </message>
    <message>
        <source>Workspace open on another computer</source>
        <translation>Ruang kerja terbuka di komputer lain</translation>
    </message>
    <message>
        <source>If Tepat there has crashed or is closed, take the workspace over. If it may still be open there, open it read-only: two people saving one file lose each other&apos;s work.</source>
        <translation>Jika Tepat di sana macet atau sudah ditutup, ambil alih ruang kerja ini. Jika mungkin masih terbuka di sana, buka hanya-baca: dua orang yang menyimpan satu berkas saling menghapus pekerjaan.</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Ambil alih</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Buka &amp;hanya-baca</translation>
    </message>
    <message>
        <source>Not opened.</source>
        <translation>Tidak dibuka.</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceLock</name>
    <message>
        <source>an unknown computer</source>
        <translation>komputer yang tidak dikenal</translation>
    </message>
    <message>
        <source>%1 cannot be opened for editing: its folder is read-only. Open it read-only, or copy it to a writable folder.</source>
        <translation>%1 tidak dapat dibuka untuk disunting: foldernya hanya-baca. Buka sebagai hanya-baca, atau salin ke folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>%1 is open in Tepat by %2 on %3 (process %4) since %5.</source>
        <translation>%1 sedang dibuka di Tepat oleh %2 di %3 (proses %4) sejak %5.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>pengguna yang tidak dikenal</translation>
    </message>
    <message>
        <source>If Tepat there has crashed or been closed, take the lock over (in tepat-cli: --break-lock), or open the workspace read-only.</source>
        <translation>Jika Tepat di sana macet atau sudah ditutup, ambil alih kuncinya (di tepat-cli: --break-lock), atau buka ruang kerja hanya-baca.</translation>
    </message>
    <message>
        <source>Close it there first, or open a copy.</source>
        <translation>Tutup dulu di sana, atau buka salinannya.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceReader</name>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <source>the pemda is missing.</source>
        <translation>pemda tidak ada.</translation>
    </message>
    <message>
        <source>the kepala daerah&apos;s title is unknown.</source>
        <translation>sebutan kepala daerah tidak dikenal.</translation>
    </message>
    <message>
        <source>the RPJMD period is missing.</source>
        <translation>periode RPJMD tidak ada.</translation>
    </message>
    <message>
        <source>the anggaran of program row %1 is not a number.</source>
        <translation>anggaran baris program %1 bukan angka.</translation>
    </message>
    <message>
        <source>PK %1 has an unknown level or kind.</source>
        <translation>tingkat atau jenis PK %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>the total of PK %1 is not a number.</source>
        <translation>jumlah PK %1 bukan angka.</translation>
    </message>
    <message>
        <source>a pagu of item %1 is not a number.</source>
        <translation>salah satu pagu butir %1 bukan angka.</translation>
    </message>
    <message>
        <source>plan item %1 has an unknown kind.</source>
        <translation>jenis butir rencana %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>indicator %1 has an unknown Manual IKU value.</source>
        <translation>indikator %1 memiliki isian Manual IKU yang tidak dikenal.</translation>
    </message>
    <message>
        <source>the severity of rule %1 is unknown.</source>
        <translation>tingkat aturan %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>the print settings are missing.</source>
        <translation>pengaturan cetak tidak ada.</translation>
    </message>
    <message>
        <source>the paper of the print settings is unknown.</source>
        <translation>kertas pada pengaturan cetak tidak dikenal.</translation>
    </message>
    <message>
        <source>the realisasi anggaran of program row %1 is not a number.</source>
        <translation>realisasi anggaran baris program %1 bukan angka.</translation>
    </message>
    <message>
        <source>a realisasi of indicator %1 has no triwulan.</source>
        <translation>salah satu realisasi indikator %1 tidak bertriwulan.</translation>
    </message>
    <message>
        <source>the capaian settings are unknown.</source>
        <translation>pengaturan capaian tidak dikenal.</translation>
    </message>
    <message>
        <source>the capaian that needs a kendala is not a number.</source>
        <translation>batas capaian yang mewajibkan kendala bukan angka.</translation>
    </message>
    <message>
        <source>the lock history of PK %1 is damaged.</source>
        <translation>riwayat kunci PK %1 rusak.</translation>
    </message>
    <message>
        <source>PK %1 has an unknown alasan.</source>
        <translation>alasan PK %1 tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceSchema</name>
    <message>
        <source>%1 has format version %2, which no Tepat release ever wrote.</source>
        <translation>%1 berformat versi %2, yang tidak pernah ditulis oleh rilis Tepat mana pun.</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables are not those of format %2, so it cannot be brought up to format %3. Open a backup copy instead.</source>
        <translation>%1 rusak: tabelnya bukan tabel format %2, sehingga tidak dapat dinaikkan ke format %3. Bukalah salinan cadangan sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceSchemaCheck</name>
    <message>
        <source>%1 is damaged: %2 Open a backup copy instead.</source>
        <translation>%1 rusak: %2 Buka salinan cadangan.</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>sebuah view</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>sebuah trigger</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>sebuah indeks</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>sebuah tabel</translation>
    </message>
    <message>
        <source>it holds %1 named %2 that Tepat does not write; another program changed it.</source>
        <translation>berkas ini memuat %1 bernama %2 yang tidak ditulis Tepat; program lain telah mengubahnya.</translation>
    </message>
    <message>
        <source>%1 is %2 where Tepat writes %3.</source>
        <translation>%1 adalah %2, padahal Tepat menulis %3.</translation>
    </message>
    <message>
        <source>a virtual table</source>
        <translation>sebuah tabel virtual</translation>
    </message>
    <message>
        <source>the table %1 is missing.</source>
        <translation>tabel %1 tidak ada.</translation>
    </message>
    <message>
        <source>the table %1 has no column %2.</source>
        <translation>tabel %1 tidak punya kolom %2.</translation>
    </message>
    <message>
        <source>the table %1 has a column %2 that Tepat does not write.</source>
        <translation>tabel %1 punya kolom %2 yang tidak ditulis Tepat.</translation>
    </message>
    <message>
        <source>the columns of the table %1 are not declared as Tepat declares them.</source>
        <translation>kolom-kolom tabel %1 tidak dideklarasikan seperti yang dilakukan Tepat.</translation>
    </message>
    <message>
        <source>the column %1 of the table %2 is computed, which Tepat never writes.</source>
        <translation>kolom %1 pada tabel %2 adalah kolom terhitung, yang tidak pernah ditulis Tepat.</translation>
    </message>
</context>
<context>
    <name>Tepat::WorkspaceWriter</name>
    <message>
        <source>a row of table %1 links to an object that does not exist.</source>
        <translation>sebuah baris tabel %1 menautkan ke objek yang tidak ada.</translation>
    </message>
</context>
<context>
    <name>Tepat::XlsxPackage</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive. An old .xls workbook must be saved as .xlsx first.</source>
        <translation>%1 bukan buku kerja Excel (.xlsx): berkas ini bukan arsip zip. Buku kerja .xls lama harus disimpan sebagai .xlsx terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be read.</source>
        <translation>%1 rusak: bagian %2 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be unpacked.</source>
        <translation>%1 rusak: bagian %2 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>%1 is too large to import: the part %2 unpacks to %3, and Tepat reads at most %4 per sheet and %5 per workbook.</source>
        <translation>%1 terlalu besar untuk diimpor: bagian %2 berukuran %3 setelah diekstrak, sedangkan Tepat membaca paling banyak %4 per lembar dan %5 per buku kerja.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 unpacks to more than the %3 bytes the archive&apos;s directory gives it.</source>
        <translation>%1 rusak: bagian %2 berukuran lebih dari %3 bita yang dicatat direktori arsipnya setelah diekstrak.</translation>
    </message>
</context>
<context>
    <name>Tepat::XlsxReader</name>
    <message>
        <source>%1 is damaged: the part %2 is not valid XML (line %3: %4).</source>
        <translation>%1 rusak: bagian %2 bukan XML yang sah (baris %3: %4).</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook: it has no workbook part.</source>
        <translation>%1 adalah arsip zip tetapi bukan buku kerja Excel: tidak ada bagian buku kerja di dalamnya.</translation>
    </message>
    <message>
        <source>%1 has no worksheet to import.</source>
        <translation>%1 tidak memiliki lembar kerja untuk diimpor.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &apos;%2&apos;. Its sheets are: %3.</source>
        <translation>%1 tidak memiliki lembar bernama &apos;%2&apos;. Lembarnya: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &apos;%2&apos; has no part %3.</source>
        <translation>%1 rusak: lembar &apos;%2&apos; tidak memiliki bagian %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet &apos;%2&apos; (%3, line %4): %5</source>
        <translation>%1 rusak: lembar &apos;%2&apos; (%3, baris %4): %5</translation>
    </message>
    <message>
        <source>the row number %1 is not valid.</source>
        <translation>nomor baris %1 tidak sah.</translation>
    </message>
    <message>
        <source>the merged range &apos;%1&apos; is not a range of cells.</source>
        <translation>rentang gabungan &apos;%1&apos; bukan rentang sel.</translation>
    </message>
    <message>
        <source>the cell reference &apos;%1&apos; is not valid.</source>
        <translation>alamat sel &apos;%1&apos; tidak sah.</translation>
    </message>
    <message>
        <source>a cell lies outside any row.</source>
        <translation>ada sel di luar baris mana pun.</translation>
    </message>
    <message>
        <source>the cell %1 refers to shared string %2, but the shared strings table has %3 entries.</source>
        <translation>sel %1 merujuk teks bersama nomor %2, padahal tabel teks bersama hanya berisi %3 entri.</translation>
    </message>
    <message>
        <source>%1 is too large to import: the sheet &apos;%2&apos; has more than %3 cells.</source>
        <translation>%1 terlalu besar untuk diimpor: lembar &apos;%2&apos; berisi lebih dari %3 sel.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 points to %3, which lies outside the workbook.</source>
        <translation>%1 rusak: bagian %2 menunjuk ke %3, yang berada di luar buku kerja.</translation>
    </message>
</context>
<context>
    <name>Tepat::XlsxWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>the workbook could not be created.</source>
        <translation>buku kerja tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>the sheet name &quot;%1&quot; is not allowed.</source>
        <translation>nama lembar &quot;%1&quot; tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>the cell %1 of the sheet &apos;%2&apos; holds %3 characters, and an Excel cell holds at most %4. Export to CSV to keep the whole text.</source>
        <translation>sel %1 pada lembar &apos;%2&apos; berisi %3 karakter, sedangkan sel Excel memuat paling banyak %4. Ekspor ke CSV agar seluruh teksnya tetap utuh.</translation>
    </message>
    <message>
        <source>no temporary folder could be made (%1).</source>
        <translation>folder sementara tidak dapat dibuat (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Draft, check and print Perjanjian Kinerja.</source>
        <translation>Menyusun, memeriksa dan mencetak Perjanjian Kinerja.</translation>
    </message>
    <message>
        <source>Open FILE, print the milliseconds from process start to the first paint, quit.</source>
        <translation>Buka FILE, cetak milidetik sejak proses mulai sampai gambar pertama, lalu keluar.</translation>
    </message>
    <message>
        <source>The workspace (.tepat) to open.</source>
        <translation>Ruang kerja (.tepat) yang dibuka.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Tidak dapat membuka ruang kerja</translation>
    </message>
    <message>
        <source>Window size for --screenshots.</source>
        <translation>Ukuran jendela untuk --screenshots.</translation>
    </message>
    <message>
        <source>Write main-window.png, review-mode.png and realisasi.png into DIR, quit.</source>
        <translation>Tulis main-window.png, review-mode.png dan realisasi.png ke DIR, lalu keluar.</translation>
    </message>
</context>
</TS>
