// tepat-make-workbooks DIR: writes the workbooks and CSV files the import tests read, in the
// shapes pemda keep their Renstra, IKU and PK in. They are built with every build from this
// source, so the repository holds no binary workbook and a change of shape is a reviewed diff.
#include <cstdio>
#include <initializer_list>
#include <string>
#include <xlsxwriter.h>

namespace {

std::string g_dir;

std::string pathOf(const char *name)
{
    return g_dir + "/" + name;
}

// Title block, a two-row header with merged "Target" and "Pagu" over their years, a row of
// column numbers, a sasaran merged over its rows, codes that tell program from kegiatan.
void renstra()
{
    lxw_workbook *book = workbook_new(pathOf("renstra-dinkes.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Renstra");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0");
    worksheet_merge_range(
        sheet, 0, 0, 0, 10, "RENCANA STRATEGIS DINAS KESEHATAN 2025-2029", nullptr);
    worksheet_write_string(sheet, 1, 0, "Kabupaten Deli Serdang", nullptr);
    const char *top[] = {"No",
                         "Sasaran",
                         "Kode",
                         "Program/Kegiatan/Sub Kegiatan",
                         "Indikator Kinerja",
                         "Satuan",
                         "Kondisi Awal"};
    for (int column = 0; column < 7; ++column)
        worksheet_merge_range(sheet, 3, column, 4, column, top[column], nullptr);
    worksheet_merge_range(sheet, 3, 7, 3, 8, "Target", nullptr);
    worksheet_merge_range(sheet, 3, 9, 3, 10, "Pagu (Rp)", nullptr);
    worksheet_write_number(sheet, 4, 7, 2025, nullptr);
    worksheet_write_number(sheet, 4, 8, 2026, nullptr);
    worksheet_write_number(sheet, 4, 9, 2025, nullptr);
    worksheet_write_number(sheet, 4, 10, 2026, nullptr);
    for (int column = 0; column < 11; ++column)
        worksheet_write_string(
            sheet, 5, column, ("(" + std::to_string(column + 1) + ")").c_str(), nullptr);
    // Rows 7-10 (spreadsheet numbering).
    worksheet_write_string(sheet, 6, 0, "1", nullptr);
    worksheet_merge_range(sheet, 6, 1, 9, 1, "Meningkatnya derajat kesehatan masyarakat", nullptr);
    worksheet_write_string(sheet, 6, 4, "Angka kematian ibu", nullptr);
    worksheet_write_string(sheet, 6, 5, "per 100.000 KH", nullptr);
    worksheet_write_number(sheet, 6, 6, 120, nullptr);
    worksheet_write_number(sheet, 6, 7, 110, nullptr);
    worksheet_write_number(sheet, 6, 8, 100, nullptr);
    worksheet_write_string(sheet, 7, 2, "1.02.02", nullptr);
    worksheet_write_string(sheet, 7, 3, "Program Pemenuhan Upaya Kesehatan Perorangan", nullptr);
    worksheet_write_string(sheet, 7, 4, "Persentase fasilitas kesehatan terakreditasi", nullptr);
    worksheet_write_string(sheet, 7, 5, "%", nullptr);
    worksheet_write_number(sheet, 7, 6, 60, nullptr);
    worksheet_write_number(sheet, 7, 7, 70, nullptr);
    worksheet_write_number(sheet, 7, 8, 80.5, nullptr);
    worksheet_write_number(sheet, 7, 9, 1250000000, money);
    worksheet_write_number(sheet, 7, 10, 1300000000, money);
    worksheet_write_string(sheet, 8, 2, "1.02.02.2.01", nullptr);
    worksheet_write_string(sheet, 8, 3, "Penyediaan Fasilitas Pelayanan Kesehatan", nullptr);
    worksheet_write_string(sheet, 8, 4, "Jumlah puskesmas yang direhabilitasi", nullptr);
    worksheet_write_string(sheet, 8, 5, "unit", nullptr);
    worksheet_write_number(sheet, 8, 7, 4, nullptr);
    worksheet_write_number(sheet, 8, 8, 5, nullptr);
    worksheet_write_number(sheet, 8, 9, 750000000, money);
    worksheet_write_number(sheet, 8, 10, 800000000, money);
    worksheet_write_string(sheet, 9, 2, "1.02.02.2.01.0001", nullptr);
    worksheet_write_string(sheet, 9, 3, "Pembangunan Puskesmas", nullptr);
    worksheet_write_string(sheet, 9, 4, "Jumlah puskesmas yang dibangun", nullptr);
    worksheet_write_string(sheet, 9, 5, "unit", nullptr);
    worksheet_write_number(sheet, 9, 7, 1, nullptr);
    worksheet_write_number(sheet, 9, 8, 2, nullptr);
    worksheet_write_number(sheet, 9, 9, 500000000, money);
    worksheet_write_number(sheet, 9, 10, 0, money);
    workbook_close(book);
}

// An IKU sheet written in constant-memory mode, which stores inline strings instead of a shared
// strings table, with a rich text indicator, rumus, sumber data, penanggung jawab, polaritas.
void iku()
{
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(pathOf("iku-pemda.xlsx").c_str(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "IKU");
    const char *header[] = {"Sasaran Strategis",
                            "Indikator Kinerja Utama",
                            "Satuan",
                            "Target 2025",
                            "Target 2026",
                            "Rumus",
                            "Sumber Data",
                            "Penanggung Jawab",
                            "Polaritas"};
    for (int column = 0; column < 9; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    const char *rows[2][9] = {
        {"Meningkatnya kualitas pendidikan",
         "Rata-rata lama sekolah",
         "tahun",
         "9,1",
         "9,3",
         "Jumlah tahun sekolah / jumlah penduduk usia 25+",
         "BPS",
         "Dinas Pendidikan",
         "positif"},
        {"",
         "Angka putus sekolah",
         "%",
         "1,2",
         "1,0",
         "Jumlah putus sekolah / jumlah murid x 100",
         "Dapodik",
         "Dinas Pendidikan",
         "negatif"},
    };
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 9; ++column) {
            if (rows[row][column][0] != '\0')
                worksheet_write_string(sheet, row + 1, column, rows[row][column], nullptr);
        }
    }
    workbook_close(book);
}

// The first table of a PK lampiran with the program table beside it, and a shared string in
// rich text.
void pkLampiran()
{
    lxw_workbook *book = workbook_new(pathOf("pk-lampiran.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Lampiran PK");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    worksheet_write_string(sheet, 0, 0, "PERJANJIAN KINERJA TAHUN 2026", bold);
    const char *header[]
        = {"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Program", "Anggaran (Rp)"};
    for (int column = 0; column < 6; ++column)
        worksheet_write_string(sheet, 2, column, header[column], bold);
    worksheet_write_string(sheet, 3, 0, "1", nullptr);
    worksheet_merge_range(sheet, 3, 1, 4, 1, "Meningkatnya akses air minum layak", nullptr);
    lxw_rich_string_tuple first {bold, const_cast<char *>("Persentase")};
    lxw_rich_string_tuple second {nullptr,
                                  const_cast<char *>(" rumah tangga dengan akses air minum layak")};
    lxw_rich_string_tuple *rich[] = {&first, &second, nullptr};
    worksheet_write_rich_string(sheet, 3, 2, rich, nullptr);
    worksheet_write_string(sheet, 3, 3, "92 %", nullptr);
    worksheet_write_string(
        sheet,
        3,
        4,
        "1.03.03 Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
        nullptr);
    worksheet_write_string(sheet, 3, 5, "Rp 2.500.000.000", nullptr);
    worksheet_write_string(sheet, 4, 2, "Jumlah sambungan rumah baru", nullptr);
    worksheet_write_string(sheet, 4, 3, "1.500 SR", nullptr);
    workbook_close(book);
}

// Numbers stored as text: decimal commas, "Rp" and thousands dots, and a numbering column
// "1.1", "1.2"; empty formatted rows at the end.
void textNumbers()
{
    lxw_workbook *book = workbook_new(pathOf("angka-teks.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Sheet1");
    lxw_format *border = workbook_add_format(book);
    format_set_border(border, LXW_BORDER_THIN);
    const char *header[] = {
        "No.", "Sasaran", "Indikator", "Satuan", "Baseline", "Target 2025", "Program", "Pagu 2025"};
    for (int column = 0; column < 8; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    const char *rows[3][8] = {
        {"1.1",
         "Meningkatnya pendapatan asli daerah",
         "Rasio PAD terhadap pendapatan",
         "%",
         "12,75",
         "13,5",
         "5.02.01 Program Pengelolaan Pendapatan Daerah",
         "Rp 1.250.000.000"},
        {"1.2", "", "Realisasi PAD", "Rupiah", "Rp 410.000.000.000", "Rp 450.000.000.000", "", ""},
        {"1.3", "", "Jumlah wajib pajak baru", "orang", "1.200", "1.500", "", ""},
    };
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 8; ++column) {
            if (rows[row][column][0] != '\0')
                worksheet_write_string(sheet, row + 1, column, rows[row][column], nullptr);
        }
    }
    for (int row = 4; row < 30; ++row)
        worksheet_write_blank(sheet, row, 2, border);
    workbook_close(book);
}

// Dates, percentages, booleans and a formula with a cached string.
void typedCells()
{
    lxw_workbook *book = workbook_new(pathOf("jenis-sel.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Data");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *builtinDate = workbook_add_format(book);
    format_set_num_format_index(builtinDate, 14);
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    lxw_datetime day {2026, 1, 12, 0, 0, 0};
    worksheet_write_datetime(sheet, 0, 0, &day, date);
    lxw_datetime early {1900, 2, 1, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 0, &early, builtinDate);
    worksheet_write_number(sheet, 2, 0, 0.855, percent);
    worksheet_write_boolean(sheet, 3, 0, 1, nullptr);
    worksheet_write_number(sheet, 4, 0, 0.1 + 0.2, nullptr);
    worksheet_write_formula_str(
        sheet, 5, 0, "=\"Dinas \"&\"Kesehatan\"", nullptr, "Dinas Kesehatan");
    worksheet_write_string(sheet, 6, 2, "Terakhir", nullptr);
    workbook_close(book);
}

// A sheet with a mistyped target and a second sheet, for --sheet.
void mistyped()
{
    lxw_workbook *book = workbook_new(pathOf("salah-ketik.xlsx").c_str());
    lxw_worksheet *cover = workbook_add_worksheet(book, "Sampul");
    worksheet_write_string(cover, 0, 0, "Daftar IKU", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "IKU");
    const char *header[] = {"Sasaran", "Indikator", "Satuan", "Target 2025", "Target 2026"};
    for (int column = 0; column < 5; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    const char *rows[2][5] = {
        {"Meningkatnya pelayanan publik", "Indeks kepuasan masyarakat", "indeks", "80", "82"},
        {"", "Persentase pengaduan yang ditindaklanjuti", "%", "90", "12,,5"},
    };
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 5; ++column) {
            if (rows[row][column][0] != '\0')
                worksheet_write_string(sheet, row + 1, column, rows[row][column], nullptr);
        }
    }
    workbook_close(book);
}

// A sheet in the CLI's contract (header row 1, target_<year>) for `tepat-cli check`.
void checkSheet()
{
    lxw_workbook *book = workbook_new(pathOf("check-iku.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "IKU");
    const char *header[] = {"sasaran", "indikator", "satuan", "target_2025", "target_2026"};
    for (int column = 0; column < 5; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    worksheet_write_string(sheet, 1, 0, "Meningkatnya kualitas lingkungan hidup", nullptr);
    worksheet_write_string(sheet, 1, 1, "Indeks kualitas lingkungan hidup", nullptr);
    worksheet_write_string(sheet, 1, 2, "indeks", nullptr);
    worksheet_write_number(sheet, 1, 3, 68.5, nullptr);
    worksheet_write_number(sheet, 1, 4, 69, nullptr);
    worksheet_write_string(sheet, 3, 1, "Meningkatnya koordinasi", nullptr);
    worksheet_write_string(sheet, 3, 3, "Meningkat", nullptr);
    workbook_close(book);
    // The same sheet as CSV, for comparing the two paths through the checker.
    std::FILE *csv = std::fopen(pathOf("check-iku.csv").c_str(), "wb");
    std::fputs(
        "sasaran;indikator;satuan;target_2025;target_2026\r\n"
        "Meningkatnya kualitas lingkungan hidup;Indeks kualitas lingkungan hidup;indeks;68,5;69\r\n"
        ";;;;\r\n"
        ";Meningkatnya koordinasi;;Meningkat;\r\n",
        csv);
    std::fclose(csv);
}

// Excel's "CSV" on an Indonesian Windows: ';' and Windows-1252 (0x96 is an en dash, 0xB2 a
// superscript two).
void windows1252Csv()
{
    std::FILE *csv = std::fopen(pathOf("iku-windows1252.csv").c_str(), "wb");
    std::fputs("Sasaran;Indikator;Satuan;Target 2025\r\n"
               "Meningkatnya ruang terbuka hijau;Luas RTH per kapita \x96 perkotaan;m\xB2;9,5\r\n"
               ";Persentase RTH publik;%;20\r\n",
               csv);
    std::fclose(csv);
}

void writeFile(const char *name, const char *text)
{
    std::FILE *file = std::fopen(pathOf(name).c_str(), "wb");
    std::fputs(text, file);
    std::fclose(file);
}

void writeRow(lxw_worksheet *sheet, int row, std::initializer_list<const char *> cells)
{
    int column = 0;
    for (const char *cell : cells) {
        if (cell[0] != '\0')
            worksheet_write_string(sheet, row, column, cell, nullptr);
        ++column;
    }
}

// The rows every "real shape" below holds, as `tepat-cli check` reads them in its CSV contract:
// a minimise measure whose target rises, a share flat at 100 %, an abstract indicator with a
// word target and no satuan, a clean index and a share typed as percentages.
const char *const realShapeCsv
    = "sasaran;indikator;satuan;target_2025;target_2026;target_2027\r\n"
      "Meningkatnya derajat kesehatan masyarakat;Angka Kematian Ibu;per 100.000 KH;98;96;99\r\n"
      ";Persentase balita gizi buruk yang mendapat perawatan;%;100;100;100\r\n"
      "Meningkatnya kualitas pelayanan publik;Meningkatnya kepuasan masyarakat;;Meningkat;"
      "Meningkat;Meningkat\r\n"
      ";Indeks Kepuasan Masyarakat;indeks;82;83;84\r\n"
      ";Persentase pengaduan yang ditindaklanjuti;%;85 %;90 %;95 %\r\n";

// The data rows of realShapeCsv from a workbook row on: a sasaran merged over its rows, and the
// last indicator's targets typed as 0,85 in cells formatted as percent.
void realShapeRows(lxw_workbook *book, lxw_worksheet *sheet, int first, int firstDataColumn)
{
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0%");
    const int c = firstDataColumn;
    worksheet_merge_range(
        sheet, first, c, first + 1, c, "Meningkatnya derajat kesehatan masyarakat", nullptr);
    worksheet_merge_range(
        sheet, first + 2, c, first + 4, c, "Meningkatnya kualitas pelayanan publik", nullptr);
    const char *texts[5][2] = {{"Angka Kematian Ibu", "per 100.000 KH"},
                               {"Persentase balita gizi buruk yang mendapat perawatan", "%"},
                               {"Meningkatnya kepuasan masyarakat", ""},
                               {"Indeks Kepuasan Masyarakat", "indeks"},
                               {"Persentase pengaduan yang ditindaklanjuti", "%"}};
    const double numbers[5][3] = {{98, 96, 99}, {100, 100, 100}, {0, 0, 0}, {82, 83, 84}};
    const double shares[3] = {0.85, 0.9, 0.95};
    for (int i = 0; i < 5; ++i) {
        const int row = first + i;
        if (c > 0)
            worksheet_write_number(sheet, row, 0, i + 1, nullptr);
        worksheet_write_string(sheet, row, c + 1, texts[i][0], nullptr);
        if (texts[i][1][0] != '\0')
            worksheet_write_string(sheet, row, c + 2, texts[i][1], nullptr);
        for (int year = 0; year < 3; ++year) {
            if (i == 2)
                worksheet_write_string(sheet, row, c + 3 + year, "Meningkat", nullptr);
            else if (i == 4)
                worksheet_write_number(sheet, row, c + 3 + year, shares[year], percent);
            else
                worksheet_write_number(sheet, row, c + 3 + year, numbers[i][year], nullptr);
        }
    }
}

// A Renstra page: a title block, "Target" merged over the years in a two-row header with the
// other header cells merged down, and a row of column numbers.
void shapeTitleTwoRowHeader()
{
    lxw_workbook *book = workbook_new(pathOf("shape-judul-dua-baris.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Renstra");
    worksheet_merge_range(
        sheet, 0, 0, 0, 6, "RENCANA STRATEGIS DINAS KESEHATAN TAHUN 2025-2029", nullptr);
    worksheet_write_string(sheet, 1, 0, "KABUPATEN DELI SERDANG", nullptr);
    const char *top[] = {"No", "Sasaran", "Indikator Kinerja", "Satuan"};
    for (int column = 0; column < 4; ++column)
        worksheet_merge_range(sheet, 3, column, 4, column, top[column], nullptr);
    worksheet_merge_range(sheet, 3, 4, 3, 6, "Target", nullptr);
    for (int year = 0; year < 3; ++year)
        worksheet_write_number(sheet, 4, 4 + year, 2025 + year, nullptr);
    writeRow(sheet, 5, {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"});
    realShapeRows(book, sheet, 6, 1);
    workbook_close(book);
    writeFile("shape-judul-dua-baris.csv", realShapeCsv);
}

// An RPJMD table: "TARGET KINERJA" merged over "TH 2025 … TH 2027", and a second header row
// that names the sasaran column again.
void shapeTargetKinerja()
{
    lxw_workbook *book = workbook_new(pathOf("shape-target-kinerja.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Sasaran");
    worksheet_write_string(sheet, 0, 0, "TUJUAN, SASARAN DAN INDIKATOR KINERJA RPJMD", nullptr);
    worksheet_merge_range(sheet, 2, 0, 3, 0, "NO", nullptr);
    worksheet_write_string(sheet, 2, 1, "SASARAN", nullptr);
    worksheet_merge_range(sheet, 2, 2, 3, 2, "INDIKATOR KINERJA", nullptr);
    worksheet_merge_range(sheet, 2, 3, 3, 3, "SATUAN", nullptr);
    worksheet_merge_range(sheet, 2, 4, 2, 6, "TARGET KINERJA", nullptr);
    writeRow(sheet, 3, {"", "SASARAN STRATEGIS", "", "", "TH 2025", "TH 2026", "TH 2027"});
    realShapeRows(book, sheet, 4, 1);
    workbook_close(book);
    writeFile("shape-target-kinerja.csv", realShapeCsv);
}

// A Renstra program table with a three-row header: "Target Kinerja dan Kerangka Pendanaan" over
// "Tahun 2025 …" over "Target | Rp", and the level told by the codes.
void shapeThreeRowHeader()
{
    lxw_workbook *book = workbook_new(pathOf("shape-tiga-baris.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Program");
    worksheet_write_string(sheet, 0, 0, "PROGRAM, KEGIATAN DAN SUB KEGIATAN", nullptr);
    const char *left[] = {"Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan"};
    for (int column = 0; column < 4; ++column)
        worksheet_merge_range(sheet, 2, column, 4, column, left[column], nullptr);
    worksheet_merge_range(sheet, 2, 4, 2, 9, "Target Kinerja dan Kerangka Pendanaan", nullptr);
    const char *years[] = {"Tahun 2025", "Tahun 2026", "Tahun 2027"};
    for (int year = 0; year < 3; ++year) {
        worksheet_merge_range(sheet, 3, 4 + 2 * year, 3, 5 + 2 * year, years[year], nullptr);
        worksheet_write_string(sheet, 4, 4 + 2 * year, "Target", nullptr);
        worksheet_write_string(sheet, 4, 5 + 2 * year, "Rp", nullptr);
    }
    const char *rows[3][10] = {
        {"1.02.02",
         "Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat",
         "Persentase fasilitas kesehatan terakreditasi",
         "%",
         "60",
         "1.250.000.000",
         "58",
         "1.300.000.000",
         "70",
         "1.350.000.000"},
        {"1.02.02.2.01",
         "Penyediaan Fasilitas Pelayanan Kesehatan",
         "Jumlah puskesmas yang direhabilitasi",
         "unit",
         "4",
         "750.000.000",
         "3",
         "700.000.000",
         "2",
         "650.000.000"},
        {"1.02.02.2.01.0001",
         "Pembangunan Puskesmas",
         "Jumlah laporan pembangunan yang disusun",
         "dokumen",
         "12",
         "500.000.000",
         "12",
         "500.000.000",
         "12",
         "500.000.000"},
    };
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 10; ++column)
            worksheet_write_string(sheet, 5 + row, column, rows[row][column], nullptr);
    }
    workbook_close(book);
    writeFile("shape-tiga-baris.csv",
              "indikator;satuan;tingkat;target_2025;target_2026;target_2027\r\n"
              "Persentase fasilitas kesehatan terakreditasi;%;program;60;58;70\r\n"
              "Jumlah puskesmas yang direhabilitasi;unit;kegiatan;4;3;2\r\n"
              "Jumlah laporan pembangunan yang disusun;dokumen;kegiatan;12;12;12\r\n");
}

// Two tables on one sheet: the tujuan indicators without a satuan column, then the sasaran
// indicators with one, each under its own heading.
void shapeTwoTables()
{
    lxw_workbook *book = workbook_new(pathOf("shape-dua-tabel.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "RPJMD");
    worksheet_write_string(sheet, 0, 0, "A. INDIKATOR TUJUAN", nullptr);
    writeRow(sheet, 1, {"No", "Tujuan", "Indikator Tujuan", "2025", "2026", "2027"});
    writeRow(sheet, 2, {"1", "Meningkatnya kesejahteraan", "Indeks Pembangunan Manusia"});
    worksheet_write_number(sheet, 2, 3, 72.1, nullptr);
    worksheet_write_number(sheet, 2, 4, 72.6, nullptr);
    worksheet_write_number(sheet, 2, 5, 72.4, nullptr);
    writeRow(sheet, 3, {"2", "", "Persentase penduduk miskin"});
    worksheet_write_number(sheet, 3, 3, 9.5, nullptr);
    worksheet_write_number(sheet, 3, 4, 9.1, nullptr);
    worksheet_write_number(sheet, 3, 5, 8.7, nullptr);
    worksheet_write_string(sheet, 5, 0, "B. INDIKATOR SASARAN", nullptr);
    writeRow(sheet,
             6,
             {"No",
              "Sasaran",
              "Indikator Sasaran",
              "Satuan",
              "Target 2025",
              "Target 2026",
              "Target 2027"});
    realShapeRows(book, sheet, 7, 1);
    workbook_close(book);
    writeFile("shape-dua-tabel-1.csv",
              "tujuan;indikator;target_2025;target_2026;target_2027\r\n"
              "Meningkatnya kesejahteraan;Indeks Pembangunan Manusia;72,1;72,6;72,4\r\n"
              ";Persentase penduduk miskin;9,5;9,1;8,7\r\n");
    writeFile("shape-dua-tabel-2.csv", realShapeCsv);
}

// An IKU workbook: an instruction sheet first, then the IKU with a single header row of the
// Manual IKU's columns and targets typed as percentages.
void shapeIkuWithInstructions()
{
    lxw_workbook *book = workbook_new(pathOf("shape-iku-petunjuk.xlsx").c_str());
    lxw_worksheet *help = workbook_add_worksheet(book, "Petunjuk");
    worksheet_write_string(help, 0, 0, "PETUNJUK PENGISIAN", nullptr);
    worksheet_write_string(
        help,
        2,
        0,
        "1. Indikator diisi dengan indikator kinerja utama sesuai Renstra perangkat daerah.",
        nullptr);
    worksheet_write_string(
        help, 3, 0, "2. Target diisi angka untuk setiap tahun, tanpa kata.", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "IKU");
    writeRow(sheet,
             0,
             {"No",
              "Sasaran Strategis",
              "Indikator Kinerja Utama",
              "Satuan",
              "Target 2025",
              "Target 2026",
              "Target 2027",
              "Formulasi Perhitungan",
              "Sumber Data",
              "Polaritas"});
    realShapeRows(book, sheet, 1, 1);
    const char *rumus[] = {"Jumlah kematian ibu / jumlah kelahiran hidup x 100.000",
                           "A / B x 100 %",
                           "",
                           "25 x rata-rata NRR 9 unsur",
                           "A / B x 100 %"};
    const char *sumber[] = {"Profil Kesehatan", "e-PPGBM", "", "Survei Kepuasan Masyarakat", ""};
    const char *polaritas[] = {"negatif", "positif", "", "positif", "positif"};
    for (int row = 0; row < 5; ++row) {
        if (rumus[row][0] != '\0')
            worksheet_write_string(sheet, 1 + row, 7, rumus[row], nullptr);
        if (sumber[row][0] != '\0')
            worksheet_write_string(sheet, 1 + row, 8, sumber[row], nullptr);
        if (polaritas[row][0] != '\0')
            worksheet_write_string(sheet, 1 + row, 9, polaritas[row], nullptr);
    }
    workbook_close(book);
    writeFile(
        "shape-iku-petunjuk.csv",
        "sasaran;indikator;satuan;target_2025;target_2026;target_2027;rumus;sumber_data;"
        "polaritas\r\n"
        "Meningkatnya derajat kesehatan masyarakat;Angka Kematian Ibu;per 100.000 KH;98;96;"
        "99;Jumlah kematian ibu / jumlah kelahiran hidup x 100.000;Profil Kesehatan;negatif\r\n"
        ";Persentase balita gizi buruk yang mendapat perawatan;%;100;100;100;A / B x 100 %;"
        "e-PPGBM;positif\r\n"
        "Meningkatnya kualitas pelayanan publik;Meningkatnya kepuasan masyarakat;;Meningkat;"
        "Meningkat;Meningkat;;;\r\n"
        ";Indeks Kepuasan Masyarakat;indeks;82;83;84;25 x rata-rata NRR 9 unsur;"
        "Survei Kepuasan Masyarakat;positif\r\n"
        ";Persentase pengaduan yang ditindaklanjuti;%;85 %;90 %;95 %;A / B x 100 %;;"
        "positif\r\n");
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fputs("Usage: tepat-make-workbooks DIR\n", stderr);
        return 2;
    }
    g_dir = argv[1];
    renstra();
    iku();
    pkLampiran();
    textNumbers();
    typedCells();
    mistyped();
    checkSheet();
    windows1252Csv();
    shapeTitleTwoRowHeader();
    shapeTargetKinerja();
    shapeThreeRowHeader();
    shapeTwoTables();
    shapeIkuWithInstructions();
    return 0;
}
