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
        <translation>%1, sesuai pengaturan workspace di formulir pemda</translation>
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
        <source>Indikator</source>
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
    <name>Tepat::CsvWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
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
        <translation>Indikator beserta baseline, target dan pagu setiap tahun, sebagai .xlsx atau .csv</translation>
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
        <source>&apos;%1&apos; has no program, kegiatan or sub kegiatan code (such as 1.02.02 or 1.02.02.2.01), so its level is unknown.</source>
        <translation>&apos;%1&apos; tidak berkode program, kegiatan atau sub kegiatan (misalnya 1.02.02 atau 1.02.02.2.01), sehingga tingkatnya tidak diketahui.</translation>
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
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>&apos;%1&apos; bukan jumlah uang.</translation>
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
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; bukan angka.</translation>
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
        <translation>&amp;Baseline:</translation>
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
        <source>&amp;Jenis:</source>
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
        <source>Open a workspace (Ctrl+O) to begin.</source>
        <translation>Buka workspace (Ctrl+O) untuk memulai.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
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
        <source>&amp;Comment on item</source>
        <translation>&amp;Komentari butir</translation>
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
    <message>
        <source>%1 is read-only: changes cannot be saved into it; use Save As.</source>
        <translation>%1 hanya-baca: perubahan tidak dapat disimpan ke dalamnya; gunakan Simpan sebagai.</translation>
    </message>
    <message>
        <source>Select an item, an indicator or a PK in the tree to edit it.</source>
        <translation>Pilih butir, indikator atau PK di pohon untuk menyuntingnya.</translation>
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
        <source>Autosaved at %1</source>
        <translation>Tersimpan otomatis pukul %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
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
        <source>%1

Select one of its items, indicators or PKs to edit it.</source>
        <translation>%1

Pilih salah satu butir, indikator atau PK di dalamnya untuk menyunting.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Simpan workspace sebagai</translation>
    </message>
    <message>
        <source>Tepat workspaces (*.tepat)</source>
        <translation>Workspace Tepat (*.tepat)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Buka workspace</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Tidak dapat membuka workspace</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Workspace baru</translation>
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
        <source>A %1 has no sub-items; add an indicator instead.</source>
        <translation>%1 tidak memiliki sub-butir; tambahkan indikator saja.</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved yet. Save them?</source>
        <translation>Workspace ini memiliki perubahan yang belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Workspace &amp;baru…</translation>
    </message>
    <message>
        <source>Du&amp;plicate PK for next year</source>
        <translation>&amp;Gandakan PK untuk tahun berikutnya</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Tidak dapat membuat workspace</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is removed from the recent files.</source>
        <translation>%1 sudah tidak ada; berkas itu dihapus dari daftar berkas terakhir.</translation>
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
        <translation>Workspace baru</translation>
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
        <source>One OPD per line, e.g.
Dinas Kesehatan (Dinkes)
Dinas Pariwisata (Dispar)</source>
        <translation>Satu OPD per baris, mis.
Dinas Kesehatan (Dinkes)
Dinas Pariwisata (Dispar)</translation>
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
    <name>Tepat::PdfFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
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
        <translation>Kertas untuk mengekspor dan mencetak semua PK di workspace ini.</translation>
    </message>
    <message>
        <source>PK pa&amp;per:</source>
        <translation>K&amp;ertas PK:</translation>
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
        <source>Lampiran: sasaran, indikator and target</source>
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
        <source>e.g. APBD Perubahan, a new kepala OPD</source>
        <translation>mis. APBD Perubahan, pergantian kepala OPD</translation>
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
        <source>Changed &amp;on:</source>
        <translation>Diubah pada tangga&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Alasan pe&amp;rubahan:</translation>
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
        <source>Indikator Kinerja</source>
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
</context>
<context>
    <name>Tepat::ProgramPicker</name>
    <message>
        <source>Type part of the Renstra program, kegiatan or sub kegiatan…</source>
        <translation>Ketik sebagian nama program, kegiatan atau sub kegiatan Renstra…</translation>
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
        <source>→ next   ← previous   Ctrl + / Ctrl − type size   Esc leave</source>
        <translation>→ berikutnya   ← sebelumnya   Ctrl + / Ctrl − ukuran huruf   Esc keluar</translation>
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
        <translation>Pemeriksa tidak menemukan hal yang perlu dibahas dalam workspace ini.</translation>
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
</context>
<context>
    <name>Tepat::ServesCandidateModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
</context>
<context>
    <name>Tepat::SheetFile</name>
    <message>
        <source>%1: a spreadsheet export is written as .xlsx or .csv.</source>
        <translation>%1: ekspor spreadsheet ditulis sebagai .xlsx atau .csv.</translation>
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
        <translation>Sheet &apos;%1&apos;, baris %2, kolom %3</translation>
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
    <name>Tepat::StructureActions</name>
    <message>
        <source>Add &amp;OPD</source>
        <translation>Tambah &amp;OPD</translation>
    </message>
    <message>
        <source>Add &amp;PK…</source>
        <translation>Tambah &amp;PK…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
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
    <name>Tepat::WorkspaceDocument</name>
    <message>
        <source>This workspace has no file yet: use Save As to choose one.</source>
        <translation>Workspace ini belum memiliki berkas: gunakan Simpan sebagai untuk memilihnya.</translation>
    </message>
    <message>
        <source>%1 is read-only: use Save As to save a copy.</source>
        <translation>%1 hanya-baca: gunakan Simpan sebagai untuk menyimpan salinan.</translation>
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
        <translation>%1 adalah folder, bukan workspace Tepat.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tepat workspace.</source>
        <translation>%1 kosong, bukan workspace Tepat.</translation>
    </message>
    <message>
        <source>%1 is not a Tepat workspace: it is not a database at all.</source>
        <translation>%1 bukan workspace Tepat: berkas ini sama sekali bukan basis data.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Tepat workspace.</source>
        <translation>%1 adalah basis data program lain, bukan workspace Tepat.</translation>
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
    <name>Tepat::XlsxReader</name>
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
        <source>%1 is damaged: the part %2 is not valid XML (line %3: %4).</source>
        <translation>%1 rusak: bagian %2 bukan XML yang sah (baris %3: %4).</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook: it has no workbook part.</source>
        <translation>%1 adalah arsip zip tetapi bukan buku kerja Excel: tidak ada bagian workbook di dalamnya.</translation>
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
        <source>%1 is too large to import: the part %2 unpacks to %3, and Tepat reads at most %4 per sheet and %5 per workbook.</source>
        <translation>%1 terlalu besar untuk diimpor: bagian %2 berukuran %3 setelah diekstrak, sedangkan Tepat membaca paling banyak %4 per sheet dan %5 per workbook.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 unpacks to more than the %3 bytes the archive&apos;s directory gives it.</source>
        <translation>%1 rusak: bagian %2 berukuran lebih dari %3 bita yang dicatat direktori arsipnya setelah diekstrak.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 points to %3, which lies outside the workbook.</source>
        <translation>%1 rusak: bagian %2 menunjuk ke %3, yang berada di luar workbook.</translation>
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
        <translation>nama sheet &quot;%1&quot; tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>the cell %1 of the sheet &apos;%2&apos; holds %3 characters, and an Excel cell holds at most %4. Export to CSV to keep the whole text.</source>
        <translation>sel %1 pada sheet &apos;%2&apos; berisi %3 karakter, sedangkan sel Excel memuat paling banyak %4. Ekspor ke CSV agar seluruh teksnya tetap utuh.</translation>
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
        <translation>Workspace (.tepat) yang dibuka.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Tidak dapat membuka workspace</translation>
    </message>
    <message>
        <source>Write main-window.png and review-mode.png into DIR, quit.</source>
        <translation>Tulis main-window.png dan review-mode.png ke DIR, lalu keluar.</translation>
    </message>
    <message>
        <source>Window size for --screenshots.</source>
        <translation>Ukuran jendela untuk --screenshots.</translation>
    </message>
</context>
</TS>
