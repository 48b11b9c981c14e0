-- A workspace in schema version 8, as Tepat wrote it before the analisis of an indicator's
-- year (faktor pendukung, penghambat, upaya): the sample workspace. The migration test builds a
-- file from it and opens it.
PRAGMA application_id = 1414545748;
PRAGMA user_version = 8;
BEGIN TRANSACTION;
CREATE TABLE pemda (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    kepala_daerah_name TEXT NOT NULL,
    kepala_daerah_title TEXT NOT NULL CHECK (kepala_daerah_title IN ('bupati', 'wali-kota', 'gubernur')),
    ibu_kota TEXT NOT NULL);
INSERT INTO pemda VALUES(1,'Kabupaten Deli Serdang','dr. H. Asri Ludin Tambunan','bupati','Lubuk Pakam');
CREATE TABLE periode (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL CHECK (end_year >= start_year),
    visi TEXT NOT NULL);
INSERT INTO periode VALUES(1,2025,2029,'Terwujudnya Kabupaten Deli Serdang yang Maju, Sejahtera, Religius, dan Berkelanjutan');
CREATE TABLE misi (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL);
INSERT INTO misi VALUES(1,0,'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas, dan berdaya saing');
INSERT INTO misi VALUES(2,1,'Memperkuat perekonomian daerah yang inklusif melalui pariwisata, investasi, dan usaha rakyat');
INSERT INTO misi VALUES(3,2,'Mewujudkan kemandirian pangan serta kesejahteraan petani dan peternak');
INSERT INTO misi VALUES(4,3,'Mewujudkan tata kelola pemerintahan yang bersih, akuntabel, dan melayani');
CREATE TABLE opd (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    head_name TEXT NOT NULL,
    head_nip TEXT NOT NULL,
    head_pangkat TEXT NOT NULL,
    head_jabatan TEXT NOT NULL);
INSERT INTO opd VALUES(1000,0,'1.02.0.00.0.00.01.0000','Dinas Kesehatan','Dinkes','dr. Hendra Wijaya Sitepu, M.Kes','19720814 199903 1 004','Pembina Utama Muda (IV/c)','Kepala Dinas Kesehatan Kabupaten Deli Serdang');
INSERT INTO opd VALUES(2000,1,'3.26.0.00.0.00.01.0000','Dinas Pariwisata','Dispar','Drs. Muhammad Rizal Harahap, M.Si','19700605 199403 1 007','Pembina Utama Muda (IV/c)','Kepala Dinas Pariwisata Kabupaten Deli Serdang');
INSERT INTO opd VALUES(3000,2,'2.18.0.00.0.00.01.0000','Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu','DPMPTSP','Zulkarnain Tarigan, S.T., M.Si','19730419 199803 1 002','Pembina Tk. I (IV/b)','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Deli Serdang');
INSERT INTO opd VALUES(4000,3,'3.27.0.00.0.00.01.0000','Dinas Pertanian dan Peternakan','Distanak','Ir. Syahrul Effendi Manurung, M.P.','19690127 199503 1 003','Pembina Utama Muda (IV/c)','Kepala Dinas Pertanian dan Peternakan Kabupaten Deli Serdang');
CREATE TABLE pk (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    opd_id INTEGER REFERENCES opd (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('kepala-daerah', 'kepala-opd', 'eselon-3', 'eselon-4')),
    kind TEXT NOT NULL CHECK (kind IN ('awal', 'perubahan')),
    change_date TEXT NOT NULL,
    change_reason TEXT NOT NULL,
    number TEXT NOT NULL,
    parent_pk_id INTEGER REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED,
    pihak_pertama_name TEXT NOT NULL,
    pihak_pertama_nip TEXT NOT NULL,
    pihak_pertama_pangkat TEXT NOT NULL,
    pihak_pertama_jabatan TEXT NOT NULL,
    pihak_kedua_name TEXT NOT NULL,
    pihak_kedua_nip TEXT NOT NULL,
    pihak_kedua_pangkat TEXT NOT NULL,
    pihak_kedua_jabatan TEXT NOT NULL,
    place TEXT NOT NULL,
    sign_date TEXT NOT NULL,
    declared_total TEXT,
    alasan TEXT NOT NULL CHECK (alasan IN ('', 'pergantian-pejabat', 'perubahan-strategi', 'perubahan-prioritas')),
    previous_version_id INTEGER REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO pk VALUES(9000,0,NULL,2026,'kepala-daerah','awal','','','',NULL,'dr. H. Asri Ludin Tambunan','','','Bupati Deli Serdang','','','','','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9100,1,1000,2026,'kepala-opd','awal','','','',9000,'dr. Hendra Wijaya Sitepu, M.Kes','19720814 199903 1 004','Pembina Utama Muda (IV/c)','Kepala Dinas Kesehatan Kabupaten Deli Serdang','dr. H. Asri Ludin Tambunan','','','Bupati Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9111,2,1000,2026,'eselon-3','awal','','','',9100,'Rosmaida Br Ginting, S.KM, M.Kes','19790322 200501 2 006','Pembina Tk. I (IV/b)','Kepala Bidang Kesehatan Masyarakat Dinas Kesehatan Kabupaten Deli Serdang','dr. Hendra Wijaya Sitepu, M.Kes','19720814 199903 1 004','Pembina Utama Muda (IV/c)','Kepala Dinas Kesehatan Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9118,3,1000,2026,'eselon-4','awal','','','',9111,'Nur Aisyah Lubis, S.Gz, M.Kes','19860517 201001 2 014','Penata Tk. I (III/d)','Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat Dinas Kesehatan Kabupaten Deli Serdang','Rosmaida Br Ginting, S.KM, M.Kes','19790322 200501 2 006','Pembina Tk. I (IV/b)','Kepala Bidang Kesehatan Masyarakat Dinas Kesehatan Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9200,4,2000,2026,'kepala-opd','awal','','','',9000,'Drs. Muhammad Rizal Harahap, M.Si','19700605 199403 1 007','Pembina Utama Muda (IV/c)','Kepala Dinas Pariwisata Kabupaten Deli Serdang','dr. H. Asri Ludin Tambunan','','','Bupati Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9210,5,2000,2026,'eselon-3','awal','','','',9200,'Yusnidar Siregar, S.E., M.M.','19780911 200312 2 005','Pembina (IV/a)','Kepala Bidang Pemasaran Pariwisata Dinas Pariwisata Kabupaten Deli Serdang','Drs. Muhammad Rizal Harahap, M.Si','19700605 199403 1 007','Pembina Utama Muda (IV/c)','Kepala Dinas Pariwisata Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9214,6,2000,2026,'eselon-4','awal','','','',9210,'Andika Pratama Nasution, S.Par','19880204 201101 1 009','Penata (III/c)','Kepala Seksi Promosi Pariwisata Dinas Pariwisata Kabupaten Deli Serdang','Yusnidar Siregar, S.E., M.M.','19780911 200312 2 005','Pembina (IV/a)','Kepala Bidang Pemasaran Pariwisata Dinas Pariwisata Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9300,7,3000,2026,'kepala-opd','awal','','','',9000,'Zulkarnain Tarigan, S.T., M.Si','19730419 199803 1 002','Pembina Tk. I (IV/b)','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Deli Serdang','dr. H. Asri Ludin Tambunan','','','Bupati Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9311,8,3000,2026,'eselon-3','awal','','','',9300,'Dewi Sartika Purba, S.H., M.H.','19810728 200604 2 011','Pembina (IV/a)','Kepala Bidang Penyelenggaraan Pelayanan Perizinan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Deli Serdang','Zulkarnain Tarigan, S.T., M.Si','19730419 199803 1 002','Pembina Tk. I (IV/b)','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9316,9,3000,2026,'eselon-4','awal','','','',9311,'Fauzi Rahman Damanik, S.Kom','19870913 201101 1 005','Penata Tk. I (III/d)','Kepala Seksi Pelayanan Perizinan Berusaha Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Deli Serdang','Dewi Sartika Purba, S.H., M.H.','19810728 200604 2 011','Pembina (IV/a)','Kepala Bidang Penyelenggaraan Pelayanan Perizinan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9400,10,4000,2026,'kepala-opd','awal','','','',9000,'Ir. Syahrul Effendi Manurung, M.P.','19690127 199503 1 003','Pembina Utama Muda (IV/c)','Kepala Dinas Pertanian dan Peternakan Kabupaten Deli Serdang','dr. H. Asri Ludin Tambunan','','','Bupati Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9411,11,4000,2026,'eselon-3','awal','','','',9400,'drh. Maria Magdalena Sembiring, M.Si','19800215 200604 2 008','Pembina Tk. I (IV/b)','Kepala Bidang Peternakan dan Kesehatan Hewan Dinas Pertanian dan Peternakan Kabupaten Deli Serdang','Ir. Syahrul Effendi Manurung, M.P.','19690127 199503 1 003','Pembina Utama Muda (IV/c)','Kepala Dinas Pertanian dan Peternakan Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
INSERT INTO pk VALUES(9416,12,4000,2026,'eselon-4','awal','','','',9411,'drh. Rizky Ananda Pane','19890630 201403 1 002','Penata (III/c)','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner Dinas Pertanian dan Peternakan Kabupaten Deli Serdang','drh. Maria Magdalena Sembiring, M.Si','19800215 200604 2 008','Pembina Tk. I (IV/b)','Kepala Bidang Peternakan dan Kesehatan Hewan Dinas Pertanian dan Peternakan Kabupaten Deli Serdang','Lubuk Pakam','2026-01-02',NULL,'',NULL);
CREATE TABLE plan_item (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('rpjmd-tujuan', 'rpjmd-sasaran', 'renstra-tujuan',
        'renstra-sasaran', 'program', 'kegiatan', 'sub-kegiatan', 'pk-sasaran')),
    parent_item_id INTEGER REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    opd_id INTEGER REFERENCES opd (id) DEFERRABLE INITIALLY DEFERRED,
    pk_id INTEGER REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    misi_id INTEGER REFERENCES misi (id) DEFERRABLE INITIALLY DEFERRED,
    supports_id INTEGER REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    previous_version_id INTEGER REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((parent_item_id IS NOT NULL) + (opd_id IS NOT NULL) + (pk_id IS NOT NULL) <= 1));
INSERT INTO plan_item VALUES(100,'rpjmd-tujuan',NULL,NULL,NULL,0,'','Meningkatkan kualitas sumber daya manusia Kabupaten Deli Serdang',1,NULL,NULL);
INSERT INTO plan_item VALUES(102,'rpjmd-sasaran',100,NULL,NULL,0,'','Meningkatnya derajat kesehatan masyarakat',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(105,'rpjmd-sasaran',100,NULL,NULL,1,'','Menurunnya prevalensi stunting pada balita',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(107,'rpjmd-tujuan',NULL,NULL,NULL,1,'','Meningkatkan pertumbuhan ekonomi daerah yang inklusif dan berkelanjutan',2,NULL,NULL);
INSERT INTO plan_item VALUES(110,'rpjmd-sasaran',107,NULL,NULL,0,'','Meningkatnya daya saing pariwisata daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(113,'rpjmd-sasaran',107,NULL,NULL,1,'','Meningkatnya realisasi investasi',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(115,'rpjmd-tujuan',NULL,NULL,NULL,2,'','Meningkatkan ketahanan pangan dan kesejahteraan petani serta peternak',3,NULL,NULL);
INSERT INTO plan_item VALUES(117,'rpjmd-sasaran',115,NULL,NULL,0,'','Meningkatnya kesejahteraan petani',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(119,'rpjmd-sasaran',115,NULL,NULL,1,'','Meningkatnya produksi peternakan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(121,'rpjmd-tujuan',NULL,NULL,NULL,3,'','Meningkatkan kualitas tata kelola pemerintahan daerah',4,NULL,NULL);
INSERT INTO plan_item VALUES(123,'rpjmd-sasaran',121,NULL,NULL,0,'','Meningkatnya kualitas pelayanan publik',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(125,'rpjmd-sasaran',121,NULL,NULL,1,'','Meningkatnya akuntabilitas kinerja dan keuangan daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1001,'renstra-tujuan',NULL,1000,NULL,0,'','Meningkatkan derajat kesehatan masyarakat Kabupaten Deli Serdang',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1003,'renstra-sasaran',1001,NULL,NULL,0,'','Meningkatnya mutu dan akses pelayanan kesehatan',NULL,102,NULL);
INSERT INTO plan_item VALUES(1006,'program',1003,NULL,NULL,0,'1.02.02','PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1008,'kegiatan',1006,NULL,NULL,0,'1.02.02.2.02','Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1010,'sub-kegiatan',1008,NULL,NULL,0,'1.02.02.2.02.0001','Pengelolaan Pelayanan Kesehatan Ibu Hamil',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1012,'sub-kegiatan',1008,NULL,NULL,1,'1.02.02.2.02.0015','Pengelolaan Pelayanan Kesehatan Gizi Masyarakat',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1014,'renstra-sasaran',1001,NULL,NULL,1,'','Menurunnya prevalensi stunting pada balita',NULL,105,NULL);
INSERT INTO plan_item VALUES(1016,'program',1014,NULL,NULL,0,'1.02.05','PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1018,'kegiatan',1016,NULL,NULL,0,'1.02.05.2.03','Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1020,'sub-kegiatan',1018,NULL,NULL,0,'1.02.05.2.03.0001','Bimbingan Teknis dan Supervisi Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM)',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1022,'renstra-sasaran',1001,NULL,NULL,2,'','Meningkatnya akuntabilitas kinerja Dinas Kesehatan',NULL,125,NULL);
INSERT INTO plan_item VALUES(1024,'program',1022,NULL,NULL,0,'1.02.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1026,'kegiatan',1024,NULL,NULL,0,'1.02.01.2.01','Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(1028,'sub-kegiatan',1026,NULL,NULL,0,'1.02.01.2.01.0007','Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2001,'renstra-tujuan',NULL,2000,NULL,0,'','Meningkatkan daya saing dan kontribusi pariwisata terhadap perekonomian daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2003,'renstra-sasaran',2001,NULL,NULL,0,'','Meningkatnya kunjungan wisatawan ke Kabupaten Deli Serdang',NULL,110,NULL);
INSERT INTO plan_item VALUES(2005,'program',2003,NULL,NULL,0,'3.26.03','PROGRAM PEMASARAN PARIWISATA',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2007,'kegiatan',2005,NULL,NULL,0,'3.26.03.2.01','Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2009,'sub-kegiatan',2007,NULL,NULL,0,'3.26.03.2.01.0006','Fasilitasi Kegiatan Pemasaran Pariwisata Baik Dalam dan Luar Negeri Pariwisata Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2011,'sub-kegiatan',2007,NULL,NULL,1,'3.26.03.2.01.0007','Penguatan Promosi Melalui Media Cetak, Elektronik, dan Media Lainnya Baik Dalam dan Luar Negeri',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2013,'renstra-sasaran',2001,NULL,NULL,1,'','Meningkatnya kualitas destinasi pariwisata',NULL,110,NULL);
INSERT INTO plan_item VALUES(2015,'program',2013,NULL,NULL,0,'3.26.02','PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2017,'kegiatan',2015,NULL,NULL,0,'3.26.02.2.03','Pengelolaan Destinasi Pariwisata Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2019,'sub-kegiatan',2017,NULL,NULL,0,'3.26.02.2.03.0004','Pengadaan/Pemeliharaan/Rehabilitasi Sarana dan Prasarana dalam Pengelolaan Destinasi Pariwisata Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2021,'sub-kegiatan',2017,NULL,NULL,1,'3.26.02.2.03.0006','Pemberdayaan Masyarakat dalam Pengelolaan Destinasi Pariwisata Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2023,'renstra-sasaran',2001,NULL,NULL,2,'','Meningkatnya akuntabilitas kinerja Dinas Pariwisata',NULL,125,NULL);
INSERT INTO plan_item VALUES(2025,'program',2023,NULL,NULL,0,'3.26.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2027,'kegiatan',2025,NULL,NULL,0,'3.26.01.2.01','Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(2029,'sub-kegiatan',2027,NULL,NULL,0,'3.26.01.2.01.0007','Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3001,'renstra-tujuan',NULL,3000,NULL,0,'','Meningkatkan iklim investasi dan kualitas pelayanan perizinan berusaha',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3003,'renstra-sasaran',3001,NULL,NULL,0,'','Meningkatnya realisasi investasi di Kabupaten Deli Serdang',NULL,113,NULL);
INSERT INTO plan_item VALUES(3005,'program',3003,NULL,NULL,0,'2.18.03','PROGRAM PROMOSI PENANAMAN MODAL',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3007,'kegiatan',3005,NULL,NULL,0,'2.18.03.2.01','Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3009,'sub-kegiatan',3007,NULL,NULL,0,'2.18.03.2.01.0002','Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3011,'renstra-sasaran',3001,NULL,NULL,1,'','Meningkatnya kualitas pelayanan perizinan berusaha',NULL,123,NULL);
INSERT INTO plan_item VALUES(3014,'program',3011,NULL,NULL,0,'2.18.04','PROGRAM PELAYANAN PENANAMAN MODAL',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3017,'kegiatan',3014,NULL,NULL,0,'2.18.04.2.01','Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3019,'sub-kegiatan',3017,NULL,NULL,0,'2.18.04.2.01.0006','Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3021,'sub-kegiatan',3017,NULL,NULL,1,'2.18.04.2.01.0007','Penyediaan dan Pengelolaan Layanan Konsultasi Perizinan Berusaha Berbasis Risiko',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3023,'renstra-sasaran',3001,NULL,NULL,2,'','Meningkatnya akuntabilitas kinerja Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',NULL,125,NULL);
INSERT INTO plan_item VALUES(3025,'program',3023,NULL,NULL,0,'2.18.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3027,'kegiatan',3025,NULL,NULL,0,'2.18.01.2.01','Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(3029,'sub-kegiatan',3027,NULL,NULL,0,'2.18.01.2.01.0007','Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4001,'renstra-tujuan',NULL,4000,NULL,0,'','Meningkatkan kesejahteraan petani dan peternak melalui pertanian dan peternakan yang produktif',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4003,'renstra-sasaran',4001,NULL,NULL,0,'','Meningkatnya kesejahteraan petani tanaman pangan',NULL,117,NULL);
INSERT INTO plan_item VALUES(4005,'program',4003,NULL,NULL,0,'3.27.07','PROGRAM PENYULUHAN PERTANIAN',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4007,'kegiatan',4005,NULL,NULL,0,'3.27.07.2.01','Pelaksanaan Penyuluhan Pertanian',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4009,'sub-kegiatan',4007,NULL,NULL,0,'3.27.07.2.01.0002','Pengembangan Kapasitas Kelembagaan Petani di Kecamatan dan Desa',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4011,'renstra-sasaran',4001,NULL,NULL,1,'','Meningkatnya produksi dan kesehatan ternak',NULL,119,NULL);
INSERT INTO plan_item VALUES(4014,'program',4011,NULL,NULL,0,'3.27.04','PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4016,'kegiatan',4014,NULL,NULL,0,'3.27.04.2.01','Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular Dalam Daerah Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4018,'sub-kegiatan',4016,NULL,NULL,0,'3.27.04.2.01.0008','Pemberantasan Penyakit Hewan Menular dan Zoonosis dalam 1 (satu) Daerah Kabupaten/Kota',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4020,'kegiatan',4014,NULL,NULL,1,'3.27.04.2.04','Penerapan dan Pengawasan Persyaratan Teknis Kesehatan Masyarakat Veteriner',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4022,'sub-kegiatan',4020,NULL,NULL,0,'3.27.04.2.04.0005','Pembinaan Penerapan Persyaratan Higiene Sanitasi pada Unit Usaha Produk Hewan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4024,'renstra-sasaran',4001,NULL,NULL,2,'','Meningkatnya akuntabilitas kinerja Dinas Pertanian dan Peternakan',NULL,125,NULL);
INSERT INTO plan_item VALUES(4026,'program',4024,NULL,NULL,0,'3.27.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4028,'kegiatan',4026,NULL,NULL,0,'3.27.01.2.01','Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(4030,'sub-kegiatan',4028,NULL,NULL,0,'3.27.01.2.01.0007','Evaluasi Kinerja Perangkat Daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9001,'pk-sasaran',NULL,NULL,9000,0,'','Meningkatnya derajat kesehatan masyarakat',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9004,'pk-sasaran',NULL,NULL,9000,1,'','Menurunnya prevalensi stunting pada balita',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9006,'pk-sasaran',NULL,NULL,9000,2,'','Meningkatnya daya saing pariwisata daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9009,'pk-sasaran',NULL,NULL,9000,3,'','Meningkatnya realisasi investasi',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9011,'pk-sasaran',NULL,NULL,9000,4,'','Meningkatnya kesejahteraan petani',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9013,'pk-sasaran',NULL,NULL,9000,5,'','Meningkatnya produksi peternakan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9015,'pk-sasaran',NULL,NULL,9000,6,'','Meningkatnya kualitas pelayanan publik',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9017,'pk-sasaran',NULL,NULL,9000,7,'','Meningkatnya akuntabilitas kinerja dan keuangan daerah',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9101,'pk-sasaran',NULL,NULL,9100,0,'','Meningkatnya mutu dan akses pelayanan kesehatan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9104,'pk-sasaran',NULL,NULL,9100,1,'','Menurunnya prevalensi stunting pada balita',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9106,'pk-sasaran',NULL,NULL,9100,2,'','Meningkatnya akuntabilitas kinerja Dinas Kesehatan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9112,'pk-sasaran',NULL,NULL,9111,0,'','Meningkatnya cakupan pelayanan kesehatan ibu hamil sesuai standar',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9114,'pk-sasaran',NULL,NULL,9111,1,'','Meningkatnya peran serta masyarakat melalui Posyandu',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9119,'pk-sasaran',NULL,NULL,9118,0,'','Meningkatnya kualitas pelayanan kesehatan ibu dan gizi balita di Puskesmas',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9201,'pk-sasaran',NULL,NULL,9200,0,'','Meningkatnya kunjungan wisatawan ke Kabupaten Deli Serdang',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9203,'pk-sasaran',NULL,NULL,9200,1,'','Meningkatnya kualitas destinasi pariwisata',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9205,'pk-sasaran',NULL,NULL,9200,2,'','Meningkatnya akuntabilitas kinerja Dinas Pariwisata',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9211,'pk-sasaran',NULL,NULL,9210,0,'','Meningkatnya kunjungan wisatawan mancanegara',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9215,'pk-sasaran',NULL,NULL,9214,0,'','Meningkatnya jangkauan promosi pariwisata Kabupaten Deli Serdang',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9301,'pk-sasaran',NULL,NULL,9300,0,'','Meningkatnya realisasi investasi di Kabupaten Deli Serdang',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9303,'pk-sasaran',NULL,NULL,9300,1,'','Meningkatnya kualitas pelayanan perizinan berusaha',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9306,'pk-sasaran',NULL,NULL,9300,2,'','Meningkatnya akuntabilitas kinerja Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9312,'pk-sasaran',NULL,NULL,9311,0,'','Meningkatnya ketepatan waktu dan responsivitas pelayanan perizinan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9317,'pk-sasaran',NULL,NULL,9316,0,'','Meningkatnya kepatuhan pelayanan perizinan terhadap standar pelayanan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9401,'pk-sasaran',NULL,NULL,9400,0,'','Meningkatnya kesejahteraan petani tanaman pangan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9403,'pk-sasaran',NULL,NULL,9400,1,'','Meningkatnya produksi dan kesehatan ternak',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9406,'pk-sasaran',NULL,NULL,9400,2,'','Meningkatnya akuntabilitas kinerja Dinas Pertanian dan Peternakan',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9412,'pk-sasaran',NULL,NULL,9411,0,'','Meningkatnya cakupan pemeriksaan kesehatan ternak',NULL,NULL,NULL);
INSERT INTO plan_item VALUES(9417,'pk-sasaran',NULL,NULL,9416,0,'','Meningkatnya pengendalian penyakit hewan menular dan keamanan produk hewan',NULL,NULL,NULL);
CREATE TABLE pagu (
    plan_item_id INTEGER NOT NULL REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    amount TEXT NOT NULL,
    PRIMARY KEY (plan_item_id, year)) WITHOUT ROWID;
INSERT INTO pagu VALUES(1006,2025,'214600000000');
INSERT INTO pagu VALUES(1006,2026,'225330000000');
INSERT INTO pagu VALUES(1006,2027,'236596000000');
INSERT INTO pagu VALUES(1006,2028,'248426000000');
INSERT INTO pagu VALUES(1006,2029,'260848000000');
INSERT INTO pagu VALUES(1008,2025,'88400000000');
INSERT INTO pagu VALUES(1008,2026,'92820000000');
INSERT INTO pagu VALUES(1008,2027,'97461000000');
INSERT INTO pagu VALUES(1008,2028,'102334000000');
INSERT INTO pagu VALUES(1008,2029,'107451000000');
INSERT INTO pagu VALUES(1010,2025,'3150000000');
INSERT INTO pagu VALUES(1010,2026,'3308000000');
INSERT INTO pagu VALUES(1010,2027,'3473000000');
INSERT INTO pagu VALUES(1010,2028,'3647000000');
INSERT INTO pagu VALUES(1010,2029,'3829000000');
INSERT INTO pagu VALUES(1012,2025,'5720000000');
INSERT INTO pagu VALUES(1012,2026,'6063000000');
INSERT INTO pagu VALUES(1012,2027,'6427000000');
INSERT INTO pagu VALUES(1012,2028,'6813000000');
INSERT INTO pagu VALUES(1012,2029,'7221000000');
INSERT INTO pagu VALUES(1016,2025,'4860000000');
INSERT INTO pagu VALUES(1016,2026,'5152000000');
INSERT INTO pagu VALUES(1016,2027,'5461000000');
INSERT INTO pagu VALUES(1016,2028,'5788000000');
INSERT INTO pagu VALUES(1016,2029,'6136000000');
INSERT INTO pagu VALUES(1018,2025,'2340000000');
INSERT INTO pagu VALUES(1018,2026,'2480000000');
INSERT INTO pagu VALUES(1018,2027,'2629000000');
INSERT INTO pagu VALUES(1018,2028,'2787000000');
INSERT INTO pagu VALUES(1018,2029,'2954000000');
INSERT INTO pagu VALUES(1020,2025,'2340000000');
INSERT INTO pagu VALUES(1020,2026,'2480000000');
INSERT INTO pagu VALUES(1020,2027,'2629000000');
INSERT INTO pagu VALUES(1020,2028,'2787000000');
INSERT INTO pagu VALUES(1020,2029,'2954000000');
INSERT INTO pagu VALUES(1024,2025,'178250000000');
INSERT INTO pagu VALUES(1024,2026,'185380000000');
INSERT INTO pagu VALUES(1024,2027,'192795000000');
INSERT INTO pagu VALUES(1024,2028,'200507000000');
INSERT INTO pagu VALUES(1024,2029,'208527000000');
INSERT INTO pagu VALUES(1026,2025,'1125000000');
INSERT INTO pagu VALUES(1026,2026,'1181000000');
INSERT INTO pagu VALUES(1026,2027,'1240000000');
INSERT INTO pagu VALUES(1026,2028,'1302000000');
INSERT INTO pagu VALUES(1026,2029,'1367000000');
INSERT INTO pagu VALUES(1028,2025,'385000000');
INSERT INTO pagu VALUES(1028,2026,'404000000');
INSERT INTO pagu VALUES(1028,2027,'424000000');
INSERT INTO pagu VALUES(1028,2028,'446000000');
INSERT INTO pagu VALUES(1028,2029,'468000000');
INSERT INTO pagu VALUES(2005,2025,'5600000000');
INSERT INTO pagu VALUES(2005,2026,'5880000000');
INSERT INTO pagu VALUES(2005,2027,'6174000000');
INSERT INTO pagu VALUES(2005,2028,'6483000000');
INSERT INTO pagu VALUES(2005,2029,'6807000000');
INSERT INTO pagu VALUES(2007,2025,'4980000000');
INSERT INTO pagu VALUES(2007,2026,'5229000000');
INSERT INTO pagu VALUES(2007,2027,'5490000000');
INSERT INTO pagu VALUES(2007,2028,'5765000000');
INSERT INTO pagu VALUES(2007,2029,'6053000000');
INSERT INTO pagu VALUES(2009,2025,'2650000000');
INSERT INTO pagu VALUES(2009,2026,'2782000000');
INSERT INTO pagu VALUES(2009,2027,'2922000000');
INSERT INTO pagu VALUES(2009,2028,'3068000000');
INSERT INTO pagu VALUES(2009,2029,'3221000000');
INSERT INTO pagu VALUES(2011,2025,'1780000000');
INSERT INTO pagu VALUES(2011,2026,'1869000000');
INSERT INTO pagu VALUES(2011,2027,'1962000000');
INSERT INTO pagu VALUES(2011,2028,'2061000000');
INSERT INTO pagu VALUES(2011,2029,'2164000000');
INSERT INTO pagu VALUES(2015,2025,'14200000000');
INSERT INTO pagu VALUES(2015,2026,'14910000000');
INSERT INTO pagu VALUES(2015,2027,'15656000000');
INSERT INTO pagu VALUES(2015,2028,'16438000000');
INSERT INTO pagu VALUES(2015,2029,'17260000000');
INSERT INTO pagu VALUES(2017,2025,'8750000000');
INSERT INTO pagu VALUES(2017,2026,'9188000000');
INSERT INTO pagu VALUES(2017,2027,'9647000000');
INSERT INTO pagu VALUES(2017,2028,'10129000000');
INSERT INTO pagu VALUES(2017,2029,'10636000000');
INSERT INTO pagu VALUES(2019,2025,'6900000000');
INSERT INTO pagu VALUES(2019,2026,'7245000000');
INSERT INTO pagu VALUES(2019,2027,'7607000000');
INSERT INTO pagu VALUES(2019,2028,'7988000000');
INSERT INTO pagu VALUES(2019,2029,'8387000000');
INSERT INTO pagu VALUES(2021,2025,'1250000000');
INSERT INTO pagu VALUES(2021,2026,'1312000000');
INSERT INTO pagu VALUES(2021,2027,'1378000000');
INSERT INTO pagu VALUES(2021,2028,'1447000000');
INSERT INTO pagu VALUES(2021,2029,'1519000000');
INSERT INTO pagu VALUES(2025,2025,'9850000000');
INSERT INTO pagu VALUES(2025,2026,'10244000000');
INSERT INTO pagu VALUES(2025,2027,'10654000000');
INSERT INTO pagu VALUES(2025,2028,'11080000000');
INSERT INTO pagu VALUES(2025,2029,'11523000000');
INSERT INTO pagu VALUES(2027,2025,'420000000');
INSERT INTO pagu VALUES(2027,2026,'441000000');
INSERT INTO pagu VALUES(2027,2027,'463000000');
INSERT INTO pagu VALUES(2027,2028,'486000000');
INSERT INTO pagu VALUES(2027,2029,'511000000');
INSERT INTO pagu VALUES(2029,2025,'165000000');
INSERT INTO pagu VALUES(2029,2026,'173000000');
INSERT INTO pagu VALUES(2029,2027,'182000000');
INSERT INTO pagu VALUES(2029,2028,'191000000');
INSERT INTO pagu VALUES(2029,2029,'201000000');
INSERT INTO pagu VALUES(3005,2025,'1850000000');
INSERT INTO pagu VALUES(3005,2026,'1942000000');
INSERT INTO pagu VALUES(3005,2027,'2040000000');
INSERT INTO pagu VALUES(3005,2028,'2142000000');
INSERT INTO pagu VALUES(3005,2029,'2249000000');
INSERT INTO pagu VALUES(3007,2025,'1620000000');
INSERT INTO pagu VALUES(3007,2026,'1701000000');
INSERT INTO pagu VALUES(3007,2027,'1786000000');
INSERT INTO pagu VALUES(3007,2028,'1875000000');
INSERT INTO pagu VALUES(3007,2029,'1969000000');
INSERT INTO pagu VALUES(3009,2025,'1620000000');
INSERT INTO pagu VALUES(3009,2026,'1701000000');
INSERT INTO pagu VALUES(3009,2027,'1786000000');
INSERT INTO pagu VALUES(3009,2028,'1875000000');
INSERT INTO pagu VALUES(3009,2029,'1969000000');
INSERT INTO pagu VALUES(3014,2025,'3450000000');
INSERT INTO pagu VALUES(3014,2026,'3622000000');
INSERT INTO pagu VALUES(3014,2027,'3804000000');
INSERT INTO pagu VALUES(3014,2028,'3994000000');
INSERT INTO pagu VALUES(3014,2029,'4193000000');
INSERT INTO pagu VALUES(3017,2025,'3180000000');
INSERT INTO pagu VALUES(3017,2026,'3339000000');
INSERT INTO pagu VALUES(3017,2027,'3506000000');
INSERT INTO pagu VALUES(3017,2028,'3681000000');
INSERT INTO pagu VALUES(3017,2029,'3865000000');
INSERT INTO pagu VALUES(3019,2025,'2060000000');
INSERT INTO pagu VALUES(3019,2026,'2163000000');
INSERT INTO pagu VALUES(3019,2027,'2271000000');
INSERT INTO pagu VALUES(3019,2028,'2385000000');
INSERT INTO pagu VALUES(3019,2029,'2504000000');
INSERT INTO pagu VALUES(3021,2025,'860000000');
INSERT INTO pagu VALUES(3021,2026,'903000000');
INSERT INTO pagu VALUES(3021,2027,'948000000');
INSERT INTO pagu VALUES(3021,2028,'996000000');
INSERT INTO pagu VALUES(3021,2029,'1045000000');
INSERT INTO pagu VALUES(3025,2025,'12400000000');
INSERT INTO pagu VALUES(3025,2026,'12896000000');
INSERT INTO pagu VALUES(3025,2027,'13412000000');
INSERT INTO pagu VALUES(3025,2028,'13948000000');
INSERT INTO pagu VALUES(3025,2029,'14506000000');
INSERT INTO pagu VALUES(3027,2025,'380000000');
INSERT INTO pagu VALUES(3027,2026,'399000000');
INSERT INTO pagu VALUES(3027,2027,'419000000');
INSERT INTO pagu VALUES(3027,2028,'440000000');
INSERT INTO pagu VALUES(3027,2029,'462000000');
INSERT INTO pagu VALUES(3029,2025,'150000000');
INSERT INTO pagu VALUES(3029,2026,'158000000');
INSERT INTO pagu VALUES(3029,2027,'165000000');
INSERT INTO pagu VALUES(3029,2028,'174000000');
INSERT INTO pagu VALUES(3029,2029,'182000000');
INSERT INTO pagu VALUES(4005,2025,'7900000000');
INSERT INTO pagu VALUES(4005,2026,'8295000000');
INSERT INTO pagu VALUES(4005,2027,'8710000000');
INSERT INTO pagu VALUES(4005,2028,'9145000000');
INSERT INTO pagu VALUES(4005,2029,'9602000000');
INSERT INTO pagu VALUES(4007,2025,'7150000000');
INSERT INTO pagu VALUES(4007,2026,'7508000000');
INSERT INTO pagu VALUES(4007,2027,'7883000000');
INSERT INTO pagu VALUES(4007,2028,'8277000000');
INSERT INTO pagu VALUES(4007,2029,'8691000000');
INSERT INTO pagu VALUES(4009,2025,'2430000000');
INSERT INTO pagu VALUES(4009,2026,'2552000000');
INSERT INTO pagu VALUES(4009,2027,'2679000000');
INSERT INTO pagu VALUES(4009,2028,'2813000000');
INSERT INTO pagu VALUES(4009,2029,'2954000000');
INSERT INTO pagu VALUES(4014,2025,'6350000000');
INSERT INTO pagu VALUES(4014,2026,'6668000000');
INSERT INTO pagu VALUES(4014,2027,'7001000000');
INSERT INTO pagu VALUES(4014,2028,'7351000000');
INSERT INTO pagu VALUES(4014,2029,'7718000000');
INSERT INTO pagu VALUES(4016,2025,'3420000000');
INSERT INTO pagu VALUES(4016,2026,'3591000000');
INSERT INTO pagu VALUES(4016,2027,'3771000000');
INSERT INTO pagu VALUES(4016,2028,'3959000000');
INSERT INTO pagu VALUES(4016,2029,'4157000000');
INSERT INTO pagu VALUES(4018,2025,'2980000000');
INSERT INTO pagu VALUES(4018,2026,'3129000000');
INSERT INTO pagu VALUES(4018,2027,'3285000000');
INSERT INTO pagu VALUES(4018,2028,'3450000000');
INSERT INTO pagu VALUES(4018,2029,'3622000000');
INSERT INTO pagu VALUES(4020,2025,'1860000000');
INSERT INTO pagu VALUES(4020,2026,'1953000000');
INSERT INTO pagu VALUES(4020,2027,'2051000000');
INSERT INTO pagu VALUES(4020,2028,'2153000000');
INSERT INTO pagu VALUES(4020,2029,'2261000000');
INSERT INTO pagu VALUES(4022,2025,'1540000000');
INSERT INTO pagu VALUES(4022,2026,'1617000000');
INSERT INTO pagu VALUES(4022,2027,'1698000000');
INSERT INTO pagu VALUES(4022,2028,'1783000000');
INSERT INTO pagu VALUES(4022,2029,'1872000000');
INSERT INTO pagu VALUES(4026,2025,'48600000000');
INSERT INTO pagu VALUES(4026,2026,'50544000000');
INSERT INTO pagu VALUES(4026,2027,'52566000000');
INSERT INTO pagu VALUES(4026,2028,'54668000000');
INSERT INTO pagu VALUES(4026,2029,'56855000000');
INSERT INTO pagu VALUES(4028,2025,'640000000');
INSERT INTO pagu VALUES(4028,2026,'672000000');
INSERT INTO pagu VALUES(4028,2027,'706000000');
INSERT INTO pagu VALUES(4028,2028,'741000000');
INSERT INTO pagu VALUES(4028,2029,'778000000');
INSERT INTO pagu VALUES(4030,2025,'210000000');
INSERT INTO pagu VALUES(4030,2026,'220000000');
INSERT INTO pagu VALUES(4030,2027,'232000000');
INSERT INTO pagu VALUES(4030,2028,'243000000');
INSERT INTO pagu VALUES(4030,2029,'255000000');
CREATE TABLE pk_program (
    id INTEGER PRIMARY KEY,
    pk_id INTEGER NOT NULL REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    anggaran TEXT NOT NULL,
    plan_item_id INTEGER REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    previous_version_id INTEGER REFERENCES pk_program (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO pk_program VALUES(9020,9000,0,'1.02.02','PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT','225330000000',1006,NULL);
INSERT INTO pk_program VALUES(9021,9000,1,'1.02.05','PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN','5152000000',1016,NULL);
INSERT INTO pk_program VALUES(9022,9000,2,'3.26.03','PROGRAM PEMASARAN PARIWISATA','5880000000',2005,NULL);
INSERT INTO pk_program VALUES(9023,9000,3,'3.26.02','PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA','14910000000',2015,NULL);
INSERT INTO pk_program VALUES(9024,9000,4,'2.18.03','PROGRAM PROMOSI PENANAMAN MODAL','1942000000',3005,NULL);
INSERT INTO pk_program VALUES(9025,9000,5,'2.18.04','PROGRAM PELAYANAN PENANAMAN MODAL','3622000000',3014,NULL);
INSERT INTO pk_program VALUES(9026,9000,6,'3.27.07','PROGRAM PENYULUHAN PERTANIAN','8295000000',4005,NULL);
INSERT INTO pk_program VALUES(9027,9000,7,'3.27.04','PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER','6668000000',4014,NULL);
INSERT INTO pk_program VALUES(9108,9100,0,'1.02.02','PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT','225330000000',1006,NULL);
INSERT INTO pk_program VALUES(9109,9100,1,'1.02.05','PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN','5152000000',1016,NULL);
INSERT INTO pk_program VALUES(9110,9100,2,'1.02.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA','185380000000',1024,NULL);
INSERT INTO pk_program VALUES(9116,9111,0,'1.02.02.2.02','Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota','92820000000',1008,NULL);
INSERT INTO pk_program VALUES(9117,9111,1,'1.02.05.2.03','Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota','2480000000',1018,NULL);
INSERT INTO pk_program VALUES(9123,9118,0,'1.02.02.2.02.0001','Pengelolaan Pelayanan Kesehatan Ibu Hamil','3308000000',1010,NULL);
INSERT INTO pk_program VALUES(9124,9118,1,'1.02.02.2.02.0015','Pengelolaan Pelayanan Kesehatan Gizi Masyarakat','6063000000',1012,NULL);
INSERT INTO pk_program VALUES(9207,9200,0,'3.26.03','PROGRAM PEMASARAN PARIWISATA','5880000000',2005,NULL);
INSERT INTO pk_program VALUES(9208,9200,1,'3.26.02','PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA','14910000000',2015,NULL);
INSERT INTO pk_program VALUES(9209,9200,2,'3.26.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA','10244000000',2025,NULL);
INSERT INTO pk_program VALUES(9213,9210,0,'3.26.03.2.01','Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota','5229000000',2007,NULL);
INSERT INTO pk_program VALUES(9219,9214,0,'3.26.03.2.01.0006','Fasilitasi Kegiatan Pemasaran Pariwisata Baik Dalam dan Luar Negeri Pariwisata Kabupaten/Kota','2782000000',2009,NULL);
INSERT INTO pk_program VALUES(9220,9214,1,'3.26.03.2.01.0007','Penguatan Promosi Melalui Media Cetak, Elektronik, dan Media Lainnya Baik Dalam dan Luar Negeri','1869000000',2011,NULL);
INSERT INTO pk_program VALUES(9308,9300,0,'2.18.03','PROGRAM PROMOSI PENANAMAN MODAL','1942000000',3005,NULL);
INSERT INTO pk_program VALUES(9309,9300,1,'2.18.04','PROGRAM PELAYANAN PENANAMAN MODAL','3622000000',3014,NULL);
INSERT INTO pk_program VALUES(9310,9300,2,'2.18.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA','12896000000',3025,NULL);
INSERT INTO pk_program VALUES(9315,9311,0,'2.18.04.2.01','Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota','3339000000',3017,NULL);
INSERT INTO pk_program VALUES(9321,9316,0,'2.18.04.2.01.0006','Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Berbasis Risiko Terintegrasi secara Elektronik','2163000000',3019,NULL);
INSERT INTO pk_program VALUES(9322,9316,1,'2.18.04.2.01.0007','Penyediaan dan Pengelolaan Layanan Konsultasi Perizinan Berusaha Berbasis Risiko','903000000',3021,NULL);
INSERT INTO pk_program VALUES(9408,9400,0,'3.27.07','PROGRAM PENYULUHAN PERTANIAN','8295000000',4005,NULL);
INSERT INTO pk_program VALUES(9409,9400,1,'3.27.04','PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER','6668000000',4014,NULL);
INSERT INTO pk_program VALUES(9410,9400,2,'3.27.01','PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA','50544000000',4026,NULL);
INSERT INTO pk_program VALUES(9414,9411,0,'3.27.04.2.01','Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular Dalam Daerah Kabupaten/Kota','3591000000',4016,NULL);
INSERT INTO pk_program VALUES(9415,9411,1,'3.27.04.2.04','Penerapan dan Pengawasan Persyaratan Teknis Kesehatan Masyarakat Veteriner','1953000000',4020,NULL);
INSERT INTO pk_program VALUES(9422,9416,0,'3.27.04.2.01.0008','Pemberantasan Penyakit Hewan Menular dan Zoonosis dalam 1 (satu) Daerah Kabupaten/Kota','3129000000',4018,NULL);
INSERT INTO pk_program VALUES(9423,9416,1,'3.27.04.2.04.0005','Pembinaan Penerapan Persyaratan Higiene Sanitasi pada Unit Usaha Produk Hewan','1617000000',4022,NULL);
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES plan_item (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    satuan TEXT NOT NULL,
    baseline TEXT NOT NULL,
    definisi TEXT NOT NULL,
    alasan TEXT NOT NULL,
    rumus TEXT NOT NULL,
    tipe_perhitungan TEXT NOT NULL,
    sumber_data TEXT NOT NULL,
    polaritas TEXT NOT NULL,
    jenis TEXT NOT NULL,
    periode_pelaporan TEXT NOT NULL,
    penanggung_jawab TEXT NOT NULL,
    iku INTEGER NOT NULL CHECK (iku IN (0, 1)),
    serves_id INTEGER REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,
    previous_version_id INTEGER REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO indicator VALUES(101,100,0,'Indeks Pembangunan Manusia','indeks','76,88','Ukuran capaian pembangunan manusia berbasis komponen umur panjang dan hidup sehat, pengetahuan, dan standar hidup layak (metode baru BPS).','Menggambarkan keberhasilan pembangunan kualitas hidup manusia sebagai tujuan akhir misi pertama RPJMD.','IPM = (A × B × C)^(1/3) × 100; A = indeks kesehatan, B = indeks pendidikan, C = indeks pengeluaran','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','impact','tahunan','Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',0,NULL,NULL);
INSERT INTO indicator VALUES(103,102,0,'Usia Harapan Hidup','tahun','72,62','Rata-rata perkiraan lamanya tahun hidup yang dapat ditempuh seseorang sejak lahir di Kabupaten Deli Serdang.','Mengukur hasil akhir pembangunan kesehatan dan menjadi komponen kesehatan dalam IPM.','UHH = A / B; A = jumlah total tahun hidup yang dijalani kelompok kelahiran (tabel kematian), B = jumlah kelahiran dalam kelompok tersebut','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','outcome','tahunan','Kepala Dinas Kesehatan',0,NULL,NULL);
INSERT INTO indicator VALUES(104,102,1,'Angka Kematian Ibu','per 100.000 KH','68','Banyaknya kematian ibu pada masa kehamilan, persalinan, dan nifas (bukan karena kecelakaan) per 100.000 kelahiran hidup dalam satu tahun.','Indikator utama kualitas pelayanan kesehatan ibu dan target SPM bidang kesehatan.','(A / B) × 100.000; A = jumlah kematian ibu dalam satu tahun, B = jumlah kelahiran hidup pada tahun yang sama','kumulatif','Laporan Kesehatan Ibu dan Anak Dinas Kesehatan Kabupaten Deli Serdang (Maternal Perinatal Death Notification)','minimize','outcome','tahunan','Kepala Dinas Kesehatan',0,NULL,NULL);
INSERT INTO indicator VALUES(106,105,0,'Prevalensi stunting pada balita','%','12,4','Proporsi balita dengan panjang/tinggi badan menurut umur kurang dari −2 standar deviasi median standar pertumbuhan anak WHO.','Stunting menentukan kualitas sumber daya manusia jangka panjang dan menjadi prioritas nasional percepatan penurunan stunting.','(A / B) × 100 %; A = jumlah balita stunting yang diukur, B = jumlah balita yang diukur panjang/tinggi badannya','non-kumulatif','Survei Status Gizi Indonesia/Survei Kesehatan Indonesia (Kementerian Kesehatan) dan e-PPGBM','minimize','outcome','tahunan','Kepala Dinas Kesehatan',0,NULL,NULL);
INSERT INTO indicator VALUES(108,107,0,'Laju Pertumbuhan Ekonomi','%','5,12','Persentase perubahan PDRB atas dasar harga konstan tahun berjalan terhadap tahun sebelumnya.','Menggambarkan kinerja perekonomian daerah secara agregat sebagai dampak misi kedua.','((A − B) / B) × 100 %; A = PDRB ADHK tahun berjalan, B = PDRB ADHK tahun sebelumnya','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','impact','tahunan','Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',0,NULL,NULL);
INSERT INTO indicator VALUES(109,107,1,'Tingkat Kemiskinan','%','3,43','Persentase penduduk yang berada di bawah garis kemiskinan kabupaten.','Mengukur inklusivitas pertumbuhan ekonomi dan efektivitas program penanggulangan kemiskinan.','(A / B) × 100 %; A = jumlah penduduk miskin, B = jumlah penduduk','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang (Susenas Maret)','minimize','impact','tahunan','Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',0,NULL,NULL);
INSERT INTO indicator VALUES(111,110,0,'Jumlah kunjungan wisatawan','kunjungan','1.250.000','Banyaknya kunjungan wisatawan nusantara dan mancanegara ke daya tarik wisata di Kabupaten Deli Serdang dalam satu tahun.','Menggambarkan daya tarik dan daya saing pariwisata sebagai penggerak ekonomi daerah.','A + B; A = jumlah kunjungan wisatawan nusantara, B = jumlah kunjungan wisatawan mancanegara','kumulatif','Rekapitulasi kunjungan daya tarik wisata dan usaha akomodasi (Dinas Pariwisata), BPS Kabupaten Deli Serdang','maximize','outcome','triwulanan','Kepala Dinas Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(112,110,1,'Rata-rata lama tinggal wisatawan','hari','1,45','Rata-rata banyaknya malam yang dihabiskan tamu di usaha akomodasi di Kabupaten Deli Serdang.','Lama tinggal yang lebih panjang meningkatkan belanja wisatawan dan nilai tambah ekonomi pariwisata.','A / B; A = jumlah malam kamar yang digunakan tamu, B = jumlah tamu yang menginap','rata-rata','Survei Statistik Hotel dan Akomodasi Lainnya, BPS Kabupaten Deli Serdang','maximize','outcome','tahunan','Kepala Dinas Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(114,113,0,'Nilai realisasi investasi PMA dan PMDN','Rp','8.200.000.000.000','Nilai investasi penanaman modal asing dan penanaman modal dalam negeri yang terealisasi di Kabupaten Deli Serdang dalam satu tahun.','Investasi mendorong pertumbuhan ekonomi dan penciptaan lapangan kerja.','A + B; A = nilai realisasi PMA (dikonversi ke rupiah), B = nilai realisasi PMDN','kumulatif','Laporan Kegiatan Penanaman Modal (LKPM) pada sistem OSS, Kementerian Investasi/BKPM','maximize','outcome','triwulanan','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',0,NULL,NULL);
INSERT INTO indicator VALUES(116,115,0,'Laju pertumbuhan PDRB sektor pertanian, kehutanan, dan perikanan','%','3,05','Persentase perubahan PDRB atas dasar harga konstan lapangan usaha pertanian, kehutanan, dan perikanan terhadap tahun sebelumnya.','Menggambarkan kinerja sektor pertanian yang menjadi sumber penghidupan sebagian besar rumah tangga perdesaan.','((A − B) / B) × 100 %; A = PDRB ADHK lapangan usaha pertanian tahun berjalan, B = PDRB ADHK lapangan usaha pertanian tahun sebelumnya','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','impact','tahunan','Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',0,NULL,NULL);
INSERT INTO indicator VALUES(118,117,0,'Nilai Tukar Petani','indeks','118,4','Perbandingan indeks harga yang diterima petani terhadap indeks harga yang dibayar petani.','Mengukur daya beli dan kesejahteraan rumah tangga petani.','(A / B) × 100; A = indeks harga yang diterima petani (It), B = indeks harga yang dibayar petani (Ib)','rata-rata','BPS Provinsi Sumatera Utara dan Kabupaten Deli Serdang (Survei Harga Perdesaan)','maximize','outcome','tahunan','Kepala Dinas Pertanian dan Peternakan',0,NULL,NULL);
INSERT INTO indicator VALUES(120,119,0,'Jumlah produksi daging ternak','ton','21.480','Jumlah daging sapi, kerbau, kambing, domba, babi, dan unggas yang dihasilkan dari pemotongan ternak di Kabupaten Deli Serdang dalam satu tahun.','Produksi daging menunjukkan kontribusi subsektor peternakan terhadap ketersediaan pangan hewani.','A + B; A = produksi daging ternak besar dan kecil, B = produksi daging unggas','kumulatif','Laporan produksi peternakan Dinas Pertanian dan Peternakan dan Statistik Peternakan BPS','maximize','outcome','triwulanan','Kepala Dinas Pertanian dan Peternakan',0,NULL,NULL);
INSERT INTO indicator VALUES(122,121,0,'Indeks Reformasi Birokrasi','indeks','68,4','Nilai hasil evaluasi pelaksanaan reformasi birokrasi Pemerintah Kabupaten Deli Serdang oleh Kementerian PANRB.','Menggambarkan kemajuan reformasi birokrasi sebagai dampak perbaikan tata kelola.','A; A = nilai indeks RB hasil evaluasi Kementerian PANRB (skala 0–100)','non-kumulatif','Laporan Hasil Evaluasi Reformasi Birokrasi Kementerian PANRB','maximize','impact','tahunan','Sekretaris Daerah',0,NULL,NULL);
INSERT INTO indicator VALUES(124,123,0,'Indeks Kepuasan Masyarakat terhadap pelayanan perizinan','indeks','83,5','Nilai hasil Survei Kepuasan Masyarakat atas pelayanan perizinan dan nonperizinan di Mal Pelayanan Publik dan DPMPTSP sesuai PermenPAN-RB 14/2017.','Kepuasan pengguna layanan merupakan ukuran langsung kualitas pelayanan publik.','IKM = 25 × (A / B); A = jumlah nilai rata-rata tertimbang per unsur dari 9 unsur pelayanan, B = jumlah unsur yang terisi','rata-rata','Laporan Survei Kepuasan Masyarakat DPMPTSP Kabupaten Deli Serdang','maximize','outcome','semesteran','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',0,NULL,NULL);
INSERT INTO indicator VALUES(126,125,0,'Nilai SAKIP Pemerintah Kabupaten Deli Serdang','predikat','BB','Predikat hasil evaluasi akuntabilitas kinerja instansi pemerintah Kabupaten Deli Serdang oleh Kementerian PANRB.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja pemerintah daerah.','A; A = predikat LHE AKIP Kementerian PANRB berdasarkan nilai (AA > 90; A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Kementerian PANRB','maximize','outcome','tahunan','Sekretaris Daerah',0,NULL,NULL);
INSERT INTO indicator VALUES(127,125,1,'Opini BPK atas Laporan Keuangan Pemerintah Daerah','predikat','WTP','Opini Badan Pemeriksa Keuangan atas kewajaran Laporan Keuangan Pemerintah Kabupaten Deli Serdang.','Mencerminkan akuntabilitas pengelolaan keuangan daerah.','A; A = opini BPK RI atas LKPD tahun anggaran sebelumnya (WTP, WDP, TW, TMP)','non-kumulatif','Laporan Hasil Pemeriksaan BPK RI Perwakilan Provinsi Sumatera Utara','maximize','outcome','tahunan','Kepala Badan Pengelolaan Keuangan dan Aset Daerah',0,NULL,NULL);
INSERT INTO indicator VALUES(1002,1001,0,'Usia Harapan Hidup','tahun','72,62','Rata-rata perkiraan lamanya tahun hidup yang dapat ditempuh seseorang sejak lahir di Kabupaten Deli Serdang.','Mengukur dampak akhir pembangunan kesehatan yang menjadi tujuan Renstra Dinas Kesehatan.','UHH = A / B; A = jumlah total tahun hidup yang dijalani kelompok kelahiran (tabel kematian), B = jumlah kelahiran dalam kelompok tersebut','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','impact','tahunan','Kepala Dinas Kesehatan',0,NULL,NULL);
INSERT INTO indicator VALUES(1004,1003,0,'Angka Kematian Ibu','per 100.000 KH','68','Banyaknya kematian ibu pada masa kehamilan, persalinan, dan nifas (bukan karena kecelakaan) per 100.000 kelahiran hidup dalam satu tahun.','Indikator utama mutu pelayanan kesehatan ibu yang mendukung sasaran RPJMD meningkatnya derajat kesehatan masyarakat.','(A / B) × 100.000; A = jumlah kematian ibu dalam satu tahun, B = jumlah kelahiran hidup pada tahun yang sama','kumulatif','Laporan Kesehatan Ibu dan Anak Dinas Kesehatan Kabupaten Deli Serdang (Maternal Perinatal Death Notification)','minimize','outcome','triwulanan','Kepala Bidang Kesehatan Masyarakat',1,NULL,NULL);
INSERT INTO indicator VALUES(1005,1003,1,'Indeks Kepuasan Masyarakat terhadap pelayanan Puskesmas','indeks','82,5','Nilai rata-rata hasil Survei Kepuasan Masyarakat pada 34 Puskesmas di Kabupaten Deli Serdang sesuai PermenPAN-RB 14/2017.','Kepuasan pasien menjadi ukuran langsung mutu pelayanan kesehatan dasar.','IKM = 25 × (A / B); A = jumlah nilai rata-rata tertimbang per unsur dari 9 unsur pelayanan, B = jumlah unsur yang terisi','rata-rata','Laporan Survei Kepuasan Masyarakat Puskesmas yang direkapitulasi Dinas Kesehatan','maximize','outcome','semesteran','Kepala Bidang Pelayanan Kesehatan',1,NULL,NULL);
INSERT INTO indicator VALUES(1007,1006,0,'Persentase ibu hamil yang mendapatkan pelayanan antenatal sesuai standar','%','86','Perbandingan ibu hamil yang mendapat pelayanan antenatal minimal enam kali sesuai standar terhadap sasaran ibu hamil.','Pelayanan antenatal sesuai standar mencegah komplikasi kehamilan dan kematian ibu (SPM bidang kesehatan).','(A / B) × 100 %; A = jumlah ibu hamil yang mendapat pelayanan antenatal sesuai standar, B = jumlah sasaran ibu hamil dalam satu tahun','kumulatif','Profil Kesehatan Kabupaten Deli Serdang dan laporan rutin Puskesmas (Dinas Kesehatan)','maximize','outcome','triwulanan','Kepala Bidang Kesehatan Masyarakat',0,NULL,NULL);
INSERT INTO indicator VALUES(1009,1008,0,'Persentase Puskesmas yang menyelenggarakan pelayanan kesehatan ibu dan anak sesuai standar','%','82,35','Perbandingan Puskesmas yang memenuhi standar pelayanan kesehatan ibu, bayi baru lahir, dan balita terhadap seluruh Puskesmas (34).','Ketersediaan layanan KIA sesuai standar di setiap Puskesmas menentukan cakupan dan mutu pelayanan ibu dan anak.','(A / B) × 100 %; A = jumlah Puskesmas yang memenuhi standar pelayanan KIA, B = jumlah Puskesmas','non-kumulatif','Laporan supervisi fasilitatif program KIA Dinas Kesehatan','maximize','output','triwulanan','Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat',0,NULL,NULL);
INSERT INTO indicator VALUES(1011,1010,0,'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar','orang','37.600','Banyaknya ibu hamil yang memperoleh pelayanan antenatal terpadu sesuai standar di fasilitas pelayanan kesehatan.','Output langsung sub kegiatan sesuai metadata Kepmendagri 900.1.15.5-1317/2023.','A; A = jumlah ibu hamil yang mendapat pelayanan antenatal sesuai standar dalam satu tahun','kumulatif','Register kohort ibu dan laporan PWS-KIA Puskesmas','maximize','output','triwulanan','Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat',0,NULL,NULL);
INSERT INTO indicator VALUES(1013,1012,0,'Jumlah balita gizi kurang dan stunting yang mendapatkan makanan tambahan','orang','4.200','Banyaknya balita dengan gizi kurang atau stunting yang menerima pemberian makanan tambahan berbahan pangan lokal sesuai juknis.','Intervensi gizi spesifik mempercepat penurunan stunting dan gizi kurang pada balita.','A; A = jumlah balita sasaran yang menerima makanan tambahan lengkap dalam satu tahun','kumulatif','Aplikasi e-PPGBM dan laporan gizi Puskesmas','maximize','output','triwulanan','Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat',0,NULL,NULL);
INSERT INTO indicator VALUES(1015,1014,0,'Prevalensi stunting pada balita','%','12,4','Proporsi balita dengan panjang/tinggi badan menurut umur kurang dari −2 standar deviasi median standar pertumbuhan anak WHO.','Mendukung langsung sasaran RPJMD penurunan prevalensi stunting dan target nasional percepatan penurunan stunting.','(A / B) × 100 %; A = jumlah balita stunting yang diukur, B = jumlah balita yang diukur panjang/tinggi badannya','non-kumulatif','Survei Status Gizi Indonesia/Survei Kesehatan Indonesia dan aplikasi e-PPGBM','minimize','outcome','tahunan','Kepala Bidang Kesehatan Masyarakat',1,NULL,NULL);
INSERT INTO indicator VALUES(1017,1016,0,'Persentase Posyandu aktif','%','72,4','Perbandingan Posyandu yang menyelenggarakan kegiatan rutin minimal 8 kali setahun dengan cakupan penimbangan ≥ 50 % terhadap seluruh Posyandu.','Posyandu aktif menjadi ujung tombak pemantauan pertumbuhan dan deteksi dini stunting di desa.','(A / B) × 100 %; A = jumlah Posyandu aktif, B = jumlah Posyandu yang ada','non-kumulatif','Laporan UKBM Puskesmas dan Sistem Informasi Posyandu','maximize','outcome','semesteran','Kepala Bidang Kesehatan Masyarakat',0,NULL,NULL);
INSERT INTO indicator VALUES(1019,1018,0,'Persentase kader Posyandu yang terlatih pemantauan pertumbuhan balita','%','58','Perbandingan kader Posyandu yang telah mengikuti pelatihan pemantauan pertumbuhan dan konseling gizi terhadap seluruh kader aktif.','Kader terlatih menentukan akurasi pengukuran dan ketepatan rujukan balita bermasalah gizi.','(A / B) × 100 %; A = jumlah kader Posyandu terlatih, B = jumlah kader Posyandu aktif','kumulatif','Database kader Posyandu Dinas Kesehatan','maximize','output','semesteran','Kepala Seksi Promosi dan Pemberdayaan Masyarakat',0,NULL,NULL);
INSERT INTO indicator VALUES(1021,1020,0,'Jumlah UKBM yang mendapatkan bimbingan teknis dan supervisi','unit','520','Banyaknya Posyandu dan UKBM lainnya yang menerima bimbingan teknis dan supervisi dari Dinas Kesehatan dan Puskesmas.','Output langsung sub kegiatan sesuai metadata Kepmendagri.','A; A = jumlah UKBM yang dibimbing dan disupervisi dalam satu tahun','kumulatif','Laporan supervisi UKBM Puskesmas','maximize','output','triwulanan','Kepala Seksi Promosi dan Pemberdayaan Masyarakat',0,NULL,NULL);
INSERT INTO indicator VALUES(1023,1022,0,'Nilai SAKIP Dinas Kesehatan','predikat','B','Predikat hasil evaluasi akuntabilitas kinerja Dinas Kesehatan oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Kesehatan',1,NULL,NULL);
INSERT INTO indicator VALUES(1025,1024,0,'Nilai hasil evaluasi AKIP Dinas Kesehatan','nilai','66,2','Nilai angka hasil evaluasi implementasi SAKIP Dinas Kesehatan berdasarkan lembar kerja evaluasi PermenPAN-RB 88/2021.','Nilai evaluasi menunjukkan efektivitas dukungan manajemen terhadap pencapaian kinerja perangkat daerah.','A + B + C + D; A = nilai perencanaan kinerja (bobot 30), B = nilai pengukuran kinerja (30), C = nilai pelaporan kinerja (15), D = nilai evaluasi akuntabilitas kinerja internal (25)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Kesehatan',0,NULL,NULL);
INSERT INTO indicator VALUES(1027,1026,0,'Persentase dokumen perencanaan, penganggaran, dan pelaporan kinerja yang disusun tepat waktu','%','75','Perbandingan dokumen Renja, RKA, DPA, laporan kinerja, dan LKjIP yang diselesaikan sesuai jadwal terhadap seluruh dokumen yang wajib disusun.','Ketepatan waktu dokumen menjadi prasyarat siklus perencanaan dan penganggaran yang akuntabel.','(A / B) × 100 %; A = jumlah dokumen yang disusun sesuai jadwal, B = jumlah dokumen yang wajib disusun dalam satu tahun','non-kumulatif','Arsip dokumen dan tanda terima Subbagian Perencanaan dan Keuangan Dinas Kesehatan','maximize','output','triwulanan','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(1029,1028,0,'Persentase rekomendasi hasil evaluasi kinerja perangkat daerah yang ditindaklanjuti','%','70','Perbandingan rekomendasi hasil evaluasi AKIP dan evaluasi Renja yang telah ditindaklanjuti terhadap seluruh rekomendasi.','Tindak lanjut rekomendasi memastikan evaluasi kinerja berdampak pada perbaikan kinerja.','(A / B) × 100 %; A = jumlah rekomendasi yang ditindaklanjuti, B = jumlah rekomendasi hasil evaluasi','non-kumulatif','Matriks tindak lanjut rekomendasi LHE AKIP','maximize','output','semesteran','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(2002,2001,0,'Persentase kontribusi sektor pariwisata terhadap PDRB','%','2,15','Perbandingan nilai tambah lapangan usaha penyediaan akomodasi dan makan minum serta jasa rekreasi terhadap PDRB atas dasar harga berlaku.','Menggambarkan dampak pembangunan pariwisata terhadap perekonomian daerah.','(A / B) × 100 %; A = PDRB ADHB lapangan usaha terkait pariwisata, B = PDRB ADHB total','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','impact','tahunan','Kepala Dinas Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2004,2003,0,'Jumlah kunjungan wisatawan','kunjungan','1.250.000','Banyaknya kunjungan wisatawan nusantara dan mancanegara ke daya tarik wisata di Kabupaten Deli Serdang dalam satu tahun.','Mendukung langsung sasaran RPJMD meningkatnya daya saing pariwisata daerah.','A + B; A = jumlah kunjungan wisatawan nusantara, B = jumlah kunjungan wisatawan mancanegara','kumulatif','Rekapitulasi kunjungan daya tarik wisata dan usaha akomodasi (Dinas Pariwisata), BPS Kabupaten Deli Serdang','maximize','outcome','triwulanan','Kepala Bidang Pemasaran Pariwisata',1,NULL,NULL);
INSERT INTO indicator VALUES(2006,2005,0,'Jumlah kunjungan wisatawan mancanegara','kunjungan','18.500','Banyaknya kunjungan wisatawan mancanegara yang tercatat di usaha akomodasi dan daya tarik wisata Kabupaten Deli Serdang.','Wisatawan mancanegara menjadi sasaran utama pemasaran melalui Bandara Internasional Kualanamu.','A; A = jumlah kunjungan wisatawan mancanegara dalam satu tahun','kumulatif','Rekapitulasi tamu usaha akomodasi dan data kedatangan Bandara Kualanamu','maximize','outcome','triwulanan','Kepala Bidang Pemasaran Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2008,2007,0,'Persentase daya tarik wisata yang dipromosikan melalui media digital','%','40','Perbandingan daya tarik wisata yang memiliki materi promosi aktif pada kanal digital resmi terhadap seluruh daya tarik wisata terdaftar.','Promosi digital memperluas jangkauan pasar dengan biaya yang efisien.','(A / B) × 100 %; A = jumlah daya tarik wisata yang dipromosikan secara digital, B = jumlah daya tarik wisata terdaftar','non-kumulatif','Laporan promosi digital Bidang Pemasaran Pariwisata','maximize','output','triwulanan','Kepala Seksi Promosi Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2010,2009,0,'Jumlah pengunjung pameran dan festival pariwisata yang difasilitasi','orang','25.000','Banyaknya pengunjung pada pameran dan festival pariwisata yang difasilitasi Dinas Pariwisata, termasuk Festival Danau Linting dan pameran di luar daerah.','Jumlah pengunjung menunjukkan jangkauan kegiatan pemasaran langsung.','A; A = jumlah pengunjung tercatat pada seluruh pameran dan festival yang difasilitasi dalam satu tahun','kumulatif','Buku tamu dan sistem registrasi pengunjung kegiatan','maximize','output','triwulanan','Kepala Seksi Promosi Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2012,2011,0,'Jumlah konten promosi pariwisata yang dipublikasikan','unit','120','Banyaknya konten promosi (video, artikel, infografis, siaran) tentang pariwisata Deli Serdang yang terbit di media cetak, elektronik, dan daring.','Output langsung sub kegiatan penguatan promosi.','A; A = jumlah konten promosi yang terpublikasi dalam satu tahun','kumulatif','Daftar publikasi dan tautan konten Seksi Promosi Pariwisata','maximize','output','triwulanan','Kepala Seksi Promosi Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2014,2013,0,'Rata-rata lama tinggal wisatawan','hari','1,45','Rata-rata banyaknya malam yang dihabiskan tamu di usaha akomodasi di Kabupaten Deli Serdang.','Destinasi yang berkualitas membuat wisatawan tinggal lebih lama dan membelanjakan lebih banyak.','A / B; A = jumlah malam kamar yang digunakan tamu, B = jumlah tamu yang menginap','rata-rata','Survei Statistik Hotel dan Akomodasi Lainnya, BPS Kabupaten Deli Serdang','maximize','outcome','tahunan','Kepala Bidang Destinasi Pariwisata',1,NULL,NULL);
INSERT INTO indicator VALUES(2016,2015,0,'Persentase daya tarik wisata yang dikelola sesuai standar','%','35','Perbandingan daya tarik wisata yang memenuhi standar amenitas, aksesibilitas, dan CHSE terhadap seluruh daya tarik wisata terdaftar.','Kualitas pengelolaan daya tarik wisata menentukan pengalaman dan lama tinggal wisatawan.','(A / B) × 100 %; A = jumlah daya tarik wisata yang memenuhi standar, B = jumlah daya tarik wisata terdaftar','non-kumulatif','Hasil penilaian daya tarik wisata Bidang Destinasi Pariwisata','maximize','outcome','tahunan','Kepala Bidang Destinasi Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2018,2017,0,'Jumlah destinasi pariwisata yang dikembangkan','unit','12','Banyaknya destinasi pariwisata (termasuk desa wisata) yang memperoleh intervensi pengembangan sarana, prasarana, atau kelembagaan secara kumulatif.','Pengembangan destinasi memperluas pilihan wisata dan mendorong pemerataan manfaat pariwisata.','A; A = jumlah destinasi pariwisata yang dikembangkan sampai dengan akhir tahun berjalan','kumulatif','Laporan kegiatan Bidang Destinasi Pariwisata','maximize','output','tahunan','Kepala Seksi Pengembangan Destinasi Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2020,2019,0,'Jumlah sarana dan prasarana destinasi pariwisata yang dibangun atau direhabilitasi','unit','8','Banyaknya unit sarana prasarana (gazebo, toilet, jalur pejalan kaki, papan informasi) di destinasi pariwisata yang selesai dibangun atau direhabilitasi dalam satu tahun.','Output langsung sub kegiatan.','A; A = jumlah unit sarana prasarana yang selesai dikerjakan dalam satu tahun','kumulatif','Berita acara serah terima pekerjaan','maximize','output','tahunan','Kepala Seksi Pengembangan Destinasi Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2022,2021,0,'Jumlah kelompok sadar wisata yang dibina','unit','25','Banyaknya kelompok sadar wisata (Pokdarwis) yang menerima pelatihan dan pendampingan pengelolaan destinasi.','Masyarakat yang berdaya menjaga keberlanjutan pengelolaan destinasi.','A; A = jumlah Pokdarwis yang dibina dalam satu tahun','kumulatif','Laporan pembinaan Pokdarwis','maximize','output','semesteran','Kepala Seksi Pengembangan Destinasi Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2024,2023,0,'Nilai SAKIP Dinas Pariwisata','predikat','B','Predikat hasil evaluasi akuntabilitas kinerja Dinas Pariwisata oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Pariwisata',1,NULL,NULL);
INSERT INTO indicator VALUES(2026,2025,0,'Nilai hasil evaluasi AKIP Dinas Pariwisata','nilai','64,1','Nilai angka hasil evaluasi implementasi SAKIP Dinas Pariwisata berdasarkan lembar kerja evaluasi PermenPAN-RB 88/2021.','Nilai evaluasi menunjukkan efektivitas dukungan manajemen terhadap pencapaian kinerja perangkat daerah.','A + B + C + D; A = nilai perencanaan kinerja (bobot 30), B = nilai pengukuran kinerja (30), C = nilai pelaporan kinerja (15), D = nilai evaluasi akuntabilitas kinerja internal (25)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Pariwisata',0,NULL,NULL);
INSERT INTO indicator VALUES(2028,2027,0,'Persentase dokumen perencanaan, penganggaran, dan pelaporan kinerja yang disusun tepat waktu','%','70','Perbandingan dokumen Renja, RKA, DPA, laporan kinerja, dan LKjIP yang diselesaikan sesuai jadwal terhadap seluruh dokumen yang wajib disusun.','Ketepatan waktu dokumen menjadi prasyarat siklus perencanaan dan penganggaran yang akuntabel.','(A / B) × 100 %; A = jumlah dokumen yang disusun sesuai jadwal, B = jumlah dokumen yang wajib disusun dalam satu tahun','non-kumulatif','Arsip dokumen dan tanda terima Subbagian Perencanaan dan Keuangan Dinas Pariwisata','maximize','output','triwulanan','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(2030,2029,0,'Persentase rekomendasi hasil evaluasi kinerja perangkat daerah yang ditindaklanjuti','%','65','Perbandingan rekomendasi hasil evaluasi AKIP dan evaluasi Renja yang telah ditindaklanjuti terhadap seluruh rekomendasi.','Tindak lanjut rekomendasi memastikan evaluasi kinerja berdampak pada perbaikan kinerja.','(A / B) × 100 %; A = jumlah rekomendasi yang ditindaklanjuti, B = jumlah rekomendasi hasil evaluasi','non-kumulatif','Matriks tindak lanjut rekomendasi LHE AKIP','maximize','output','semesteran','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(3002,3001,0,'Nilai realisasi investasi PMA dan PMDN','Rp','8.200.000.000.000','Nilai investasi penanaman modal asing dan penanaman modal dalam negeri yang terealisasi di Kabupaten Deli Serdang dalam satu tahun.','Realisasi investasi merupakan dampak dari iklim investasi dan pelayanan perizinan yang baik.','A + B; A = nilai realisasi PMA (dikonversi ke rupiah), B = nilai realisasi PMDN','kumulatif','Laporan Kegiatan Penanaman Modal (LKPM) pada sistem OSS, Kementerian Investasi/BKPM','maximize','impact','triwulanan','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',0,NULL,NULL);
INSERT INTO indicator VALUES(3004,3003,0,'Jumlah proyek investasi PMA dan PMDN yang terealisasi','unit','1.150','Banyaknya proyek penanaman modal yang melaporkan realisasi investasi dalam LKPM pada tahun berjalan.','Jumlah proyek yang terealisasi menunjukkan keberhasilan fasilitasi dan promosi investasi di luar besaran nilainya.','A + B; A = jumlah proyek PMA dengan realisasi, B = jumlah proyek PMDN dengan realisasi','kumulatif','Laporan Kegiatan Penanaman Modal (LKPM) pada sistem OSS','maximize','outcome','triwulanan','Kepala Bidang Pengembangan Iklim dan Promosi Penanaman Modal',1,NULL,NULL);
INSERT INTO indicator VALUES(3006,3005,0,'Persentase minat investasi yang terealisasi','%','35','Perbandingan minat investasi hasil promosi (letter of intent/kesepakatan) yang berlanjut menjadi realisasi investasi terhadap seluruh minat investasi.','Menunjukkan efektivitas promosi penanaman modal.','(A / B) × 100 %; A = jumlah minat investasi yang terealisasi, B = jumlah minat investasi yang tercatat','non-kumulatif','Database minat investasi dan LKPM Bidang Promosi Penanaman Modal','maximize','outcome','tahunan','Kepala Bidang Pengembangan Iklim dan Promosi Penanaman Modal',0,NULL,NULL);
INSERT INTO indicator VALUES(3008,3007,0,'Jumlah calon investor yang difasilitasi','orang','60','Banyaknya calon investor (perorangan atau perwakilan badan usaha) yang difasilitasi melalui temu bisnis, kunjungan lapangan, dan konsultasi peluang investasi.','Fasilitasi calon investor merupakan output langsung kegiatan promosi.','A; A = jumlah calon investor yang difasilitasi dalam satu tahun','kumulatif','Daftar hadir dan notulen temu bisnis','maximize','output','triwulanan','Kepala Seksi Promosi Penanaman Modal',0,NULL,NULL);
INSERT INTO indicator VALUES(3010,3009,0,'Jumlah profil proyek investasi yang dipromosikan','dokumen','6','Banyaknya dokumen profil proyek investasi siap tawar (investment project ready to offer) yang dipromosikan kepada calon investor.','Output langsung sub kegiatan promosi penanaman modal.','A; A = jumlah profil proyek investasi yang dipromosikan dalam satu tahun','kumulatif','Dokumen profil proyek investasi dan laporan promosi','maximize','output','tahunan','Kepala Seksi Promosi Penanaman Modal',0,NULL,NULL);
INSERT INTO indicator VALUES(3012,3011,0,'Indeks Kepuasan Masyarakat terhadap pelayanan perizinan','indeks','83,5','Nilai hasil Survei Kepuasan Masyarakat atas pelayanan perizinan dan nonperizinan di DPMPTSP sesuai PermenPAN-RB 14/2017.','Mendukung langsung sasaran RPJMD meningkatnya kualitas pelayanan publik.','IKM = 25 × (A / B); A = jumlah nilai rata-rata tertimbang per unsur dari 9 unsur pelayanan, B = jumlah unsur yang terisi','rata-rata','Laporan Survei Kepuasan Masyarakat DPMPTSP Kabupaten Deli Serdang','maximize','outcome','semesteran','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',1,NULL,NULL);
INSERT INTO indicator VALUES(3013,3011,1,'Waktu rata-rata penerbitan izin','hari','5','Rata-rata hari kerja sejak permohonan perizinan berusaha dinyatakan lengkap sampai izin diterbitkan.','Kecepatan penerbitan izin menjadi ukuran utama kemudahan berusaha (dicontohkan Bupati pada coaching clinic PK 2026).','A / B; A = jumlah hari kerja proses seluruh izin yang terbit, B = jumlah izin yang terbit','rata-rata','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','minimize','outcome','triwulanan','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',1,NULL,NULL);
INSERT INTO indicator VALUES(3015,3014,0,'Persentase pelaku usaha yang memperoleh izin tepat waktu','%','88','Perbandingan pelaku usaha yang memperoleh perizinan berusaha dalam batas waktu standar pelayanan terhadap seluruh pelaku usaha yang izinnya terbit.','Ketepatan waktu pelayanan menentukan kepastian berusaha dan kepuasan pemohon.','(A / B) × 100 %; A = jumlah pelaku usaha yang izinnya terbit sesuai standar waktu, B = jumlah pelaku usaha yang izinnya terbit','non-kumulatif','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','maximize','outcome','triwulanan','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',0,NULL,NULL);
INSERT INTO indicator VALUES(3016,3014,1,'Persentase pengaduan layanan perizinan yang ditindaklanjuti','%','85','Perbandingan pengaduan masyarakat atas layanan perizinan yang ditindaklanjuti dalam 14 hari kerja terhadap seluruh pengaduan yang diterima.','Penanganan pengaduan yang cepat memperbaiki mutu layanan dan kepercayaan masyarakat.','(A / B) × 100 %; A = jumlah pengaduan yang ditindaklanjuti tepat waktu, B = jumlah pengaduan yang diterima','non-kumulatif','Aplikasi SP4N-LAPOR! dan register pengaduan DPMPTSP','maximize','outcome','triwulanan','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',0,NULL,NULL);
INSERT INTO indicator VALUES(3018,3017,0,'Persentase permohonan perizinan yang diselesaikan sesuai standar pelayanan','%','90','Perbandingan permohonan perizinan dan nonperizinan yang diproses sesuai persyaratan, prosedur, dan waktu dalam standar pelayanan terhadap seluruh permohonan.','Kepatuhan terhadap standar pelayanan adalah output utama kegiatan pelayanan terpadu satu pintu.','(A / B) × 100 %; A = jumlah permohonan yang diselesaikan sesuai standar pelayanan, B = jumlah permohonan yang diselesaikan','non-kumulatif','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','maximize','output','triwulanan','Kepala Seksi Pelayanan Perizinan Berusaha',0,NULL,NULL);
INSERT INTO indicator VALUES(3020,3019,0,'Jumlah perizinan berusaha yang diterbitkan','izin','9.500','Banyaknya perizinan berusaha berbasis risiko (NIB dengan sertifikat standar atau izin) kewenangan kabupaten yang diterbitkan melalui OSS RBA.','Output langsung sub kegiatan sesuai metadata Kepmendagri.','A; A = jumlah perizinan berusaha yang terbit dalam satu tahun','kumulatif','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','maximize','output','triwulanan','Kepala Seksi Pelayanan Perizinan Berusaha',0,NULL,NULL);
INSERT INTO indicator VALUES(3022,3021,0,'Jumlah pelaku usaha yang mendapatkan layanan konsultasi perizinan','orang','3.000','Banyaknya pelaku usaha yang dilayani konsultasi perizinan berusaha berbasis risiko secara tatap muka maupun daring.','Konsultasi mengurangi permohonan yang dikembalikan karena tidak lengkap.','A; A = jumlah pelaku usaha yang tercatat mendapat layanan konsultasi dalam satu tahun','kumulatif','Buku register dan aplikasi antrean layanan konsultasi','maximize','output','triwulanan','Kepala Seksi Pelayanan Perizinan Berusaha',0,NULL,NULL);
INSERT INTO indicator VALUES(3024,3023,0,'Nilai SAKIP Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu','predikat','BB','Predikat hasil evaluasi akuntabilitas kinerja Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',1,NULL,NULL);
INSERT INTO indicator VALUES(3026,3025,0,'Nilai hasil evaluasi AKIP Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu','nilai','72,4','Nilai angka hasil evaluasi implementasi SAKIP Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu berdasarkan lembar kerja evaluasi PermenPAN-RB 88/2021.','Nilai evaluasi menunjukkan efektivitas dukungan manajemen terhadap pencapaian kinerja perangkat daerah.','A + B + C + D; A = nilai perencanaan kinerja (bobot 30), B = nilai pengukuran kinerja (30), C = nilai pelaporan kinerja (15), D = nilai evaluasi akuntabilitas kinerja internal (25)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',0,NULL,NULL);
INSERT INTO indicator VALUES(3028,3027,0,'Persentase dokumen perencanaan, penganggaran, dan pelaporan kinerja yang disusun tepat waktu','%','80','Perbandingan dokumen Renja, RKA, DPA, laporan kinerja, dan LKjIP yang diselesaikan sesuai jadwal terhadap seluruh dokumen yang wajib disusun.','Ketepatan waktu dokumen menjadi prasyarat siklus perencanaan dan penganggaran yang akuntabel.','(A / B) × 100 %; A = jumlah dokumen yang disusun sesuai jadwal, B = jumlah dokumen yang wajib disusun dalam satu tahun','non-kumulatif','Arsip dokumen dan tanda terima Subbagian Perencanaan dan Keuangan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu','maximize','output','triwulanan','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(3030,3029,0,'Persentase rekomendasi hasil evaluasi kinerja perangkat daerah yang ditindaklanjuti','%','70','Perbandingan rekomendasi hasil evaluasi AKIP dan evaluasi Renja yang telah ditindaklanjuti terhadap seluruh rekomendasi.','Tindak lanjut rekomendasi memastikan evaluasi kinerja berdampak pada perbaikan kinerja.','(A / B) × 100 %; A = jumlah rekomendasi yang ditindaklanjuti, B = jumlah rekomendasi hasil evaluasi','non-kumulatif','Matriks tindak lanjut rekomendasi LHE AKIP','maximize','output','semesteran','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(4002,4001,0,'Laju pertumbuhan PDRB sektor pertanian, kehutanan, dan perikanan','%','3,05','Persentase perubahan PDRB atas dasar harga konstan lapangan usaha pertanian, kehutanan, dan perikanan terhadap tahun sebelumnya.','Menggambarkan dampak pembangunan pertanian dan peternakan terhadap perekonomian daerah.','((A − B) / B) × 100 %; A = PDRB ADHK lapangan usaha pertanian tahun berjalan, B = PDRB ADHK lapangan usaha pertanian tahun sebelumnya','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','impact','tahunan','Kepala Dinas Pertanian dan Peternakan',0,NULL,NULL);
INSERT INTO indicator VALUES(4004,4003,0,'Nilai Tukar Petani subsektor tanaman pangan','indeks','103,6','Perbandingan indeks harga yang diterima petani tanaman pangan terhadap indeks harga yang dibayar petani tanaman pangan.','Mendukung sasaran RPJMD meningkatnya kesejahteraan petani; subsektor tanaman pangan paling rendah NTP-nya.','(A / B) × 100; A = indeks harga yang diterima petani tanaman pangan (It), B = indeks harga yang dibayar petani tanaman pangan (Ib)','rata-rata','BPS Provinsi Sumatera Utara (Survei Harga Perdesaan subsektor tanaman pangan)','maximize','outcome','tahunan','Kepala Bidang Tanaman Pangan dan Hortikultura',1,NULL,NULL);
INSERT INTO indicator VALUES(4006,4005,0,'Persentase kelompok tani yang naik kelas kemampuan','%','12','Perbandingan kelompok tani yang naik kelas (pemula, lanjut, madya, utama) berdasarkan penilaian kelas kemampuan terhadap seluruh kelompok tani.','Kenaikan kelas kelompok tani mencerminkan meningkatnya kapasitas usaha tani hasil penyuluhan.','(A / B) × 100 %; A = jumlah kelompok tani yang naik kelas sampai dengan tahun berjalan, B = jumlah kelompok tani terdaftar di SIMLUHTAN','kumulatif','SIMLUHTAN Kementerian Pertanian dan hasil penilaian kelas kelompok tani','maximize','outcome','tahunan','Kepala Bidang Penyuluhan Pertanian',0,NULL,NULL);
INSERT INTO indicator VALUES(4008,4007,0,'Persentase kelompok tani yang mendapatkan penyuluhan','%','70','Perbandingan kelompok tani yang dikunjungi dan dibina penyuluh pertanian lapangan sesuai programa penyuluhan terhadap seluruh kelompok tani.','Cakupan penyuluhan menentukan adopsi teknologi budidaya oleh petani.','(A / B) × 100 %; A = jumlah kelompok tani yang mendapat penyuluhan, B = jumlah kelompok tani terdaftar','non-kumulatif','Laporan bulanan BPP dan SIMLUHTAN','maximize','output','triwulanan','Kepala Seksi Kelembagaan dan Ketenagaan Penyuluhan',0,NULL,NULL);
INSERT INTO indicator VALUES(4010,4009,0,'Jumlah kelompok tani yang difasilitasi peningkatan kapasitas kelembagaan','unit','150','Banyaknya kelompok tani dan gabungan kelompok tani yang memperoleh pelatihan manajemen organisasi dan usaha tani.','Output langsung sub kegiatan sesuai metadata Kepmendagri.','A; A = jumlah kelompok tani yang difasilitasi dalam satu tahun','kumulatif','Laporan kegiatan dan daftar hadir pelatihan','maximize','output','triwulanan','Kepala Seksi Kelembagaan dan Ketenagaan Penyuluhan',0,NULL,NULL);
INSERT INTO indicator VALUES(4012,4011,0,'Jumlah produksi daging ternak','ton','21.480','Jumlah daging sapi, kerbau, kambing, domba, babi, dan unggas yang dihasilkan dari pemotongan ternak di Kabupaten Deli Serdang dalam satu tahun.','Mendukung langsung sasaran RPJMD meningkatnya produksi peternakan.','A + B; A = produksi daging ternak besar dan kecil, B = produksi daging unggas','kumulatif','Laporan produksi peternakan Dinas Pertanian dan Peternakan dan Statistik Peternakan BPS','maximize','outcome','triwulanan','Kepala Bidang Peternakan dan Kesehatan Hewan',1,NULL,NULL);
INSERT INTO indicator VALUES(4013,4011,1,'Persentase ternak yang diperiksa layak potong','%','92','Perbandingan ternak yang dinyatakan layak potong pada pemeriksaan antemortem dan postmortem terhadap seluruh ternak yang diperiksa di rumah potong hewan.','Menjamin daging yang beredar aman, sehat, utuh, dan halal (ASUH) serta menggambarkan status kesehatan ternak.','(A / B) × 100 %; A = jumlah ternak yang dinyatakan layak potong, B = jumlah ternak yang diperiksa di RPH','non-kumulatif','','maximize','outcome','triwulanan','Kepala Bidang Peternakan dan Kesehatan Hewan',1,NULL,NULL);
INSERT INTO indicator VALUES(4015,4014,0,'Jumlah ternak yang diperiksa kesehatannya','ekor','11.600','Banyaknya ternak yang menjalani pemeriksaan kesehatan oleh petugas medik dan paramedik veteriner di Puskeswan, pasar hewan, dan RPH dalam satu tahun.','Pemeriksaan kesehatan ternak mencegah penyebaran penyakit hewan menular dan zoonosis.','A; A = jumlah ternak yang diperiksa kesehatannya dalam satu tahun','kumulatif','Laporan Puskeswan, RPH, dan iSIKHNAS Dinas Pertanian dan Peternakan','maximize','outcome','triwulanan','Kepala Bidang Peternakan dan Kesehatan Hewan',0,NULL,NULL);
INSERT INTO indicator VALUES(4017,4016,0,'Persentase kasus penyakit hewan menular yang ditangani','%','85','Perbandingan kasus penyakit hewan menular strategis (PMK, LSD, rabies, ASF, antraks) yang ditangani sesuai pedoman terhadap seluruh kasus yang dilaporkan.','Penanganan kasus yang cepat mencegah wabah dan kerugian ekonomi peternak.','(A / B) × 100 %; A = jumlah kasus yang ditangani sesuai pedoman, B = jumlah kasus yang dilaporkan','non-kumulatif','iSIKHNAS dan laporan kejadian penyakit Puskeswan','maximize','output','triwulanan','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,NULL,NULL);
INSERT INTO indicator VALUES(4019,4018,0,'Jumlah ternak yang divaksinasi penyakit hewan menular','ekor','45.000','Banyaknya ternak dan hewan penular rabies yang divaksinasi PMK, LSD, rabies, dan penyakit menular strategis lainnya.','Output langsung sub kegiatan pemberantasan penyakit hewan menular.','A; A = jumlah dosis vaksinasi yang diberikan kepada ternak dalam satu tahun','kumulatif','iSIKHNAS dan laporan vaksinasi Puskeswan','maximize','output','triwulanan','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,NULL,NULL);
INSERT INTO indicator VALUES(4021,4020,0,'Persentase unit usaha produk hewan yang memenuhi persyaratan higiene sanitasi','%','55','Perbandingan unit usaha produk hewan (RPH, RPU, kios daging) yang memenuhi persyaratan higiene sanitasi atau memiliki NKV terhadap seluruh unit usaha yang diawasi.','Higiene sanitasi unit usaha menjamin keamanan pangan asal hewan.','(A / B) × 100 %; A = jumlah unit usaha yang memenuhi persyaratan, B = jumlah unit usaha produk hewan yang diawasi','non-kumulatif','Laporan pengawasan kesmavet dan daftar NKV','maximize','output','semesteran','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,NULL,NULL);
INSERT INTO indicator VALUES(4023,4022,0,'Jumlah unit usaha produk hewan yang dibina','unit','40','Banyaknya unit usaha produk hewan yang mendapat pembinaan penerapan higiene sanitasi dan persiapan NKV.','Output langsung sub kegiatan.','A; A = jumlah unit usaha produk hewan yang dibina dalam satu tahun','kumulatif','Laporan pembinaan kesmavet','maximize','output','semesteran','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,NULL,NULL);
INSERT INTO indicator VALUES(4025,4024,0,'Nilai SAKIP Dinas Pertanian dan Peternakan','predikat','B','Predikat hasil evaluasi akuntabilitas kinerja Dinas Pertanian dan Peternakan oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Pertanian dan Peternakan',1,NULL,NULL);
INSERT INTO indicator VALUES(4027,4026,0,'Nilai hasil evaluasi AKIP Dinas Pertanian dan Peternakan','nilai','65,3','Nilai angka hasil evaluasi implementasi SAKIP Dinas Pertanian dan Peternakan berdasarkan lembar kerja evaluasi PermenPAN-RB 88/2021.','Nilai evaluasi menunjukkan efektivitas dukungan manajemen terhadap pencapaian kinerja perangkat daerah.','A + B + C + D; A = nilai perencanaan kinerja (bobot 30), B = nilai pengukuran kinerja (30), C = nilai pelaporan kinerja (15), D = nilai evaluasi akuntabilitas kinerja internal (25)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Pertanian dan Peternakan',0,NULL,NULL);
INSERT INTO indicator VALUES(4029,4028,0,'Persentase dokumen perencanaan, penganggaran, dan pelaporan kinerja yang disusun tepat waktu','%','75','Perbandingan dokumen Renja, RKA, DPA, laporan kinerja, dan LKjIP yang diselesaikan sesuai jadwal terhadap seluruh dokumen yang wajib disusun.','Ketepatan waktu dokumen menjadi prasyarat siklus perencanaan dan penganggaran yang akuntabel.','(A / B) × 100 %; A = jumlah dokumen yang disusun sesuai jadwal, B = jumlah dokumen yang wajib disusun dalam satu tahun','non-kumulatif','Arsip dokumen dan tanda terima Subbagian Perencanaan dan Keuangan Dinas Pertanian dan Peternakan','maximize','output','triwulanan','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(4031,4030,0,'Persentase rekomendasi hasil evaluasi kinerja perangkat daerah yang ditindaklanjuti','%','70','Perbandingan rekomendasi hasil evaluasi AKIP dan evaluasi Renja yang telah ditindaklanjuti terhadap seluruh rekomendasi.','Tindak lanjut rekomendasi memastikan evaluasi kinerja berdampak pada perbaikan kinerja.','(A / B) × 100 %; A = jumlah rekomendasi yang ditindaklanjuti, B = jumlah rekomendasi hasil evaluasi','non-kumulatif','Matriks tindak lanjut rekomendasi LHE AKIP','maximize','output','semesteran','Kepala Subbagian Perencanaan dan Keuangan',0,NULL,NULL);
INSERT INTO indicator VALUES(9002,9001,0,'Usia Harapan Hidup','tahun','72,62','Rata-rata perkiraan lamanya tahun hidup yang dapat ditempuh seseorang sejak lahir di Kabupaten Deli Serdang.','Mengukur hasil akhir pembangunan kesehatan dan menjadi komponen kesehatan dalam IPM.','UHH = A / B; A = jumlah total tahun hidup yang dijalani kelompok kelahiran (tabel kematian), B = jumlah kelahiran dalam kelompok tersebut','non-kumulatif','Badan Pusat Statistik (BPS) Kabupaten Deli Serdang','maximize','outcome','tahunan','Kepala Dinas Kesehatan',0,103,NULL);
INSERT INTO indicator VALUES(9003,9001,1,'Angka Kematian Ibu','per 100.000 KH','68','Banyaknya kematian ibu pada masa kehamilan, persalinan, dan nifas (bukan karena kecelakaan) per 100.000 kelahiran hidup dalam satu tahun.','Indikator utama kualitas pelayanan kesehatan ibu dan target SPM bidang kesehatan.','(A / B) × 100.000; A = jumlah kematian ibu dalam satu tahun, B = jumlah kelahiran hidup pada tahun yang sama','kumulatif','Laporan Kesehatan Ibu dan Anak Dinas Kesehatan Kabupaten Deli Serdang (Maternal Perinatal Death Notification)','minimize','outcome','tahunan','Kepala Dinas Kesehatan',0,104,NULL);
INSERT INTO indicator VALUES(9005,9004,0,'Prevalensi stunting pada balita','%','12,4','Proporsi balita dengan panjang/tinggi badan menurut umur kurang dari −2 standar deviasi median standar pertumbuhan anak WHO.','Stunting menentukan kualitas sumber daya manusia jangka panjang dan menjadi prioritas nasional percepatan penurunan stunting.','(A / B) × 100 %; A = jumlah balita stunting yang diukur, B = jumlah balita yang diukur panjang/tinggi badannya','non-kumulatif','Survei Status Gizi Indonesia/Survei Kesehatan Indonesia (Kementerian Kesehatan) dan e-PPGBM','minimize','outcome','tahunan','Kepala Dinas Kesehatan',0,106,NULL);
INSERT INTO indicator VALUES(9007,9006,0,'Jumlah kunjungan wisatawan','kunjungan','1.250.000','Banyaknya kunjungan wisatawan nusantara dan mancanegara ke daya tarik wisata di Kabupaten Deli Serdang dalam satu tahun.','Menggambarkan daya tarik dan daya saing pariwisata sebagai penggerak ekonomi daerah.','A + B; A = jumlah kunjungan wisatawan nusantara, B = jumlah kunjungan wisatawan mancanegara','kumulatif','Rekapitulasi kunjungan daya tarik wisata dan usaha akomodasi (Dinas Pariwisata), BPS Kabupaten Deli Serdang','maximize','outcome','triwulanan','Kepala Dinas Pariwisata',0,111,NULL);
INSERT INTO indicator VALUES(9008,9006,1,'Rata-rata lama tinggal wisatawan','hari','1,45','Rata-rata banyaknya malam yang dihabiskan tamu di usaha akomodasi di Kabupaten Deli Serdang.','Lama tinggal yang lebih panjang meningkatkan belanja wisatawan dan nilai tambah ekonomi pariwisata.','A / B; A = jumlah malam kamar yang digunakan tamu, B = jumlah tamu yang menginap','rata-rata','Survei Statistik Hotel dan Akomodasi Lainnya, BPS Kabupaten Deli Serdang','maximize','outcome','tahunan','Kepala Dinas Pariwisata',0,112,NULL);
INSERT INTO indicator VALUES(9010,9009,0,'Nilai realisasi investasi PMA dan PMDN','Rp','8.200.000.000.000','Nilai investasi penanaman modal asing dan penanaman modal dalam negeri yang terealisasi di Kabupaten Deli Serdang dalam satu tahun.','Investasi mendorong pertumbuhan ekonomi dan penciptaan lapangan kerja.','A + B; A = nilai realisasi PMA (dikonversi ke rupiah), B = nilai realisasi PMDN','kumulatif','Laporan Kegiatan Penanaman Modal (LKPM) pada sistem OSS, Kementerian Investasi/BKPM','maximize','outcome','triwulanan','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',0,114,NULL);
INSERT INTO indicator VALUES(9012,9011,0,'Nilai Tukar Petani','indeks','118,4','Perbandingan indeks harga yang diterima petani terhadap indeks harga yang dibayar petani.','Mengukur daya beli dan kesejahteraan rumah tangga petani.','(A / B) × 100; A = indeks harga yang diterima petani (It), B = indeks harga yang dibayar petani (Ib)','rata-rata','BPS Provinsi Sumatera Utara dan Kabupaten Deli Serdang (Survei Harga Perdesaan)','maximize','outcome','tahunan','Kepala Dinas Pertanian dan Peternakan',0,118,NULL);
INSERT INTO indicator VALUES(9014,9013,0,'Jumlah produksi daging ternak','ton','21.480','Jumlah daging sapi, kerbau, kambing, domba, babi, dan unggas yang dihasilkan dari pemotongan ternak di Kabupaten Deli Serdang dalam satu tahun.','Produksi daging menunjukkan kontribusi subsektor peternakan terhadap ketersediaan pangan hewani.','A + B; A = produksi daging ternak besar dan kecil, B = produksi daging unggas','kumulatif','Laporan produksi peternakan Dinas Pertanian dan Peternakan dan Statistik Peternakan BPS','maximize','outcome','triwulanan','Kepala Dinas Pertanian dan Peternakan',0,120,NULL);
INSERT INTO indicator VALUES(9016,9015,0,'Indeks Kepuasan Masyarakat terhadap pelayanan perizinan','indeks','83,5','Nilai hasil Survei Kepuasan Masyarakat atas pelayanan perizinan dan nonperizinan di Mal Pelayanan Publik dan DPMPTSP sesuai PermenPAN-RB 14/2017.','Kepuasan pengguna layanan merupakan ukuran langsung kualitas pelayanan publik.','IKM = 25 × (A / B); A = jumlah nilai rata-rata tertimbang per unsur dari 9 unsur pelayanan, B = jumlah unsur yang terisi','rata-rata','Laporan Survei Kepuasan Masyarakat DPMPTSP Kabupaten Deli Serdang','maximize','outcome','semesteran','Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',0,124,NULL);
INSERT INTO indicator VALUES(9018,9017,0,'Nilai SAKIP Pemerintah Kabupaten Deli Serdang','predikat','BB','Predikat hasil evaluasi akuntabilitas kinerja instansi pemerintah Kabupaten Deli Serdang oleh Kementerian PANRB.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja pemerintah daerah.','A; A = predikat LHE AKIP Kementerian PANRB berdasarkan nilai (AA > 90; A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Kementerian PANRB','maximize','outcome','tahunan','Sekretaris Daerah',0,126,NULL);
INSERT INTO indicator VALUES(9019,9017,1,'Opini BPK atas Laporan Keuangan Pemerintah Daerah','predikat','WTP','Opini Badan Pemeriksa Keuangan atas kewajaran Laporan Keuangan Pemerintah Kabupaten Deli Serdang.','Mencerminkan akuntabilitas pengelolaan keuangan daerah.','A; A = opini BPK RI atas LKPD tahun anggaran sebelumnya (WTP, WDP, TW, TMP)','non-kumulatif','Laporan Hasil Pemeriksaan BPK RI Perwakilan Provinsi Sumatera Utara','maximize','outcome','tahunan','Kepala Badan Pengelolaan Keuangan dan Aset Daerah',0,127,NULL);
INSERT INTO indicator VALUES(9102,9101,0,'Angka Kematian Ibu','per 100.000 KH','68','Banyaknya kematian ibu pada masa kehamilan, persalinan, dan nifas (bukan karena kecelakaan) per 100.000 kelahiran hidup dalam satu tahun.','Indikator utama mutu pelayanan kesehatan ibu yang mendukung sasaran RPJMD meningkatnya derajat kesehatan masyarakat.','(A / B) × 100.000; A = jumlah kematian ibu dalam satu tahun, B = jumlah kelahiran hidup pada tahun yang sama','kumulatif','Laporan Kesehatan Ibu dan Anak Dinas Kesehatan Kabupaten Deli Serdang (Maternal Perinatal Death Notification)','minimize','outcome','triwulanan','Kepala Bidang Kesehatan Masyarakat',0,1004,NULL);
INSERT INTO indicator VALUES(9103,9101,1,'Meningkatnya kualitas pelayanan kesehatan','','','','','','','','','','','',0,1005,NULL);
INSERT INTO indicator VALUES(9105,9104,0,'Prevalensi stunting pada balita','%','12,4','Proporsi balita dengan panjang/tinggi badan menurut umur kurang dari −2 standar deviasi median standar pertumbuhan anak WHO.','Mendukung langsung sasaran RPJMD penurunan prevalensi stunting dan target nasional percepatan penurunan stunting.','(A / B) × 100 %; A = jumlah balita stunting yang diukur, B = jumlah balita yang diukur panjang/tinggi badannya','non-kumulatif','Survei Status Gizi Indonesia/Survei Kesehatan Indonesia dan aplikasi e-PPGBM','minimize','outcome','tahunan','Kepala Bidang Kesehatan Masyarakat',0,1015,NULL);
INSERT INTO indicator VALUES(9107,9106,0,'Nilai SAKIP Dinas Kesehatan','predikat','B','Predikat hasil evaluasi akuntabilitas kinerja Dinas Kesehatan oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Kesehatan',0,1023,NULL);
INSERT INTO indicator VALUES(9113,9112,0,'Persentase ibu hamil yang mendapatkan pelayanan antenatal sesuai standar','%','86','Perbandingan ibu hamil yang mendapat pelayanan antenatal minimal enam kali sesuai standar terhadap sasaran ibu hamil.','Pelayanan antenatal sesuai standar mencegah komplikasi kehamilan dan kematian ibu (SPM bidang kesehatan).','(A / B) × 100 %; A = jumlah ibu hamil yang mendapat pelayanan antenatal sesuai standar, B = jumlah sasaran ibu hamil dalam satu tahun','kumulatif','Profil Kesehatan Kabupaten Deli Serdang dan laporan rutin Puskesmas (Dinas Kesehatan)','maximize','outcome','triwulanan','Kepala Bidang Kesehatan Masyarakat',0,1007,NULL);
INSERT INTO indicator VALUES(9115,9114,0,'Persentase Posyandu aktif','%','72,4','Perbandingan Posyandu yang menyelenggarakan kegiatan rutin minimal 8 kali setahun dengan cakupan penimbangan ≥ 50 % terhadap seluruh Posyandu.','Posyandu aktif menjadi ujung tombak pemantauan pertumbuhan dan deteksi dini stunting di desa.','(A / B) × 100 %; A = jumlah Posyandu aktif, B = jumlah Posyandu yang ada','non-kumulatif','Laporan UKBM Puskesmas dan Sistem Informasi Posyandu','maximize','outcome','semesteran','Kepala Bidang Kesehatan Masyarakat',0,1017,NULL);
INSERT INTO indicator VALUES(9120,9119,0,'Persentase Puskesmas yang menyelenggarakan pelayanan kesehatan ibu dan anak sesuai standar','%','82,35','Perbandingan Puskesmas yang memenuhi standar pelayanan kesehatan ibu, bayi baru lahir, dan balita terhadap seluruh Puskesmas (34).','Ketersediaan layanan KIA sesuai standar di setiap Puskesmas menentukan cakupan dan mutu pelayanan ibu dan anak.','(A / B) × 100 %; A = jumlah Puskesmas yang memenuhi standar pelayanan KIA, B = jumlah Puskesmas','non-kumulatif','Laporan supervisi fasilitatif program KIA Dinas Kesehatan','maximize','output','triwulanan','Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat',0,1009,NULL);
INSERT INTO indicator VALUES(9121,9119,1,'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar','orang','37.600','Banyaknya ibu hamil yang memperoleh pelayanan antenatal terpadu sesuai standar di fasilitas pelayanan kesehatan.','Output langsung sub kegiatan sesuai metadata Kepmendagri 900.1.15.5-1317/2023.','A; A = jumlah ibu hamil yang mendapat pelayanan antenatal sesuai standar dalam satu tahun','kumulatif','Register kohort ibu dan laporan PWS-KIA Puskesmas','maximize','output','triwulanan','Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat',0,1011,NULL);
INSERT INTO indicator VALUES(9122,9119,2,'Jumlah balita gizi kurang dan stunting yang mendapatkan makanan tambahan','orang','4.200','Banyaknya balita dengan gizi kurang atau stunting yang menerima pemberian makanan tambahan berbahan pangan lokal sesuai juknis.','Intervensi gizi spesifik mempercepat penurunan stunting dan gizi kurang pada balita.','A; A = jumlah balita sasaran yang menerima makanan tambahan lengkap dalam satu tahun','kumulatif','Aplikasi e-PPGBM dan laporan gizi Puskesmas','maximize','output','triwulanan','Kepala Seksi Kesehatan Keluarga dan Gizi Masyarakat',0,1013,NULL);
INSERT INTO indicator VALUES(9202,9201,0,'Jumlah rapat koordinasi promosi pariwisata','kali','10','Banyaknya rapat koordinasi promosi pariwisata yang diselenggarakan Dinas Pariwisata bersama pelaku usaha dan perangkat daerah terkait dalam satu tahun.','Rapat koordinasi dipandang perlu untuk menyelaraskan agenda promosi pariwisata.','A; A = jumlah rapat koordinasi promosi pariwisata yang dilaksanakan dalam satu tahun','kumulatif','Undangan, notulen, dan daftar hadir rapat Bidang Pemasaran Pariwisata','maximize','output','triwulanan','Kepala Bidang Pemasaran Pariwisata',0,2004,NULL);
INSERT INTO indicator VALUES(9204,9203,0,'Rata-rata lama tinggal wisatawan','hari','1,45','Rata-rata banyaknya malam yang dihabiskan tamu di usaha akomodasi di Kabupaten Deli Serdang.','Destinasi yang berkualitas membuat wisatawan tinggal lebih lama dan membelanjakan lebih banyak.','A / B; A = jumlah malam kamar yang digunakan tamu, B = jumlah tamu yang menginap','rata-rata','Survei Statistik Hotel dan Akomodasi Lainnya, BPS Kabupaten Deli Serdang','maximize','outcome','tahunan','Kepala Bidang Destinasi Pariwisata',0,2014,NULL);
INSERT INTO indicator VALUES(9206,9205,0,'Nilai SAKIP Dinas Pariwisata','predikat','B','Predikat hasil evaluasi akuntabilitas kinerja Dinas Pariwisata oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Pariwisata',0,2024,NULL);
INSERT INTO indicator VALUES(9212,9211,0,'Jumlah kunjungan wisatawan mancanegara','kunjungan','18.500','Banyaknya kunjungan wisatawan mancanegara yang tercatat di usaha akomodasi dan daya tarik wisata Kabupaten Deli Serdang.','Wisatawan mancanegara menjadi sasaran utama pemasaran melalui Bandara Internasional Kualanamu.','A; A = jumlah kunjungan wisatawan mancanegara dalam satu tahun','kumulatif','Rekapitulasi tamu usaha akomodasi dan data kedatangan Bandara Kualanamu','maximize','outcome','triwulanan','Kepala Bidang Pemasaran Pariwisata',0,2006,NULL);
INSERT INTO indicator VALUES(9216,9215,0,'Persentase daya tarik wisata yang dipromosikan melalui media digital','%','40','Perbandingan daya tarik wisata yang memiliki materi promosi aktif pada kanal digital resmi terhadap seluruh daya tarik wisata terdaftar.','Promosi digital memperluas jangkauan pasar dengan biaya yang efisien.','(A / B) × 100 %; A = jumlah daya tarik wisata yang dipromosikan secara digital, B = jumlah daya tarik wisata terdaftar','non-kumulatif','Laporan promosi digital Bidang Pemasaran Pariwisata','maximize','output','triwulanan','Kepala Seksi Promosi Pariwisata',0,2008,NULL);
INSERT INTO indicator VALUES(9217,9215,1,'Jumlah pengunjung pameran dan festival pariwisata yang difasilitasi','orang','25.000','Banyaknya pengunjung pada pameran dan festival pariwisata yang difasilitasi Dinas Pariwisata, termasuk Festival Danau Linting dan pameran di luar daerah.','Jumlah pengunjung menunjukkan jangkauan kegiatan pemasaran langsung.','A; A = jumlah pengunjung tercatat pada seluruh pameran dan festival yang difasilitasi dalam satu tahun','kumulatif','Buku tamu dan sistem registrasi pengunjung kegiatan','maximize','output','triwulanan','Kepala Seksi Promosi Pariwisata',0,2010,NULL);
INSERT INTO indicator VALUES(9218,9215,2,'Jumlah konten promosi pariwisata yang dipublikasikan','unit','120','Banyaknya konten promosi (video, artikel, infografis, siaran) tentang pariwisata Deli Serdang yang terbit di media cetak, elektronik, dan daring.','Output langsung sub kegiatan penguatan promosi.','A; A = jumlah konten promosi yang terpublikasi dalam satu tahun','kumulatif','Daftar publikasi dan tautan konten Seksi Promosi Pariwisata','maximize','output','triwulanan','Kepala Seksi Promosi Pariwisata',0,2012,NULL);
INSERT INTO indicator VALUES(9302,9301,0,'Jumlah proyek investasi PMA dan PMDN yang terealisasi','unit','1.150','Banyaknya proyek penanaman modal yang melaporkan realisasi investasi dalam LKPM pada tahun berjalan.','Jumlah proyek yang terealisasi menunjukkan keberhasilan fasilitasi dan promosi investasi di luar besaran nilainya.','A + B; A = jumlah proyek PMA dengan realisasi, B = jumlah proyek PMDN dengan realisasi','kumulatif','Laporan Kegiatan Penanaman Modal (LKPM) pada sistem OSS','maximize','outcome','triwulanan','Kepala Bidang Pengembangan Iklim dan Promosi Penanaman Modal',0,3004,NULL);
INSERT INTO indicator VALUES(9304,9303,0,'Indeks Kepuasan Masyarakat terhadap pelayanan perizinan','indeks','83,5','Nilai hasil Survei Kepuasan Masyarakat atas pelayanan perizinan dan nonperizinan di DPMPTSP sesuai PermenPAN-RB 14/2017.','Mendukung langsung sasaran RPJMD meningkatnya kualitas pelayanan publik.','IKM = 25 × (A / B); A = jumlah nilai rata-rata tertimbang per unsur dari 9 unsur pelayanan, B = jumlah unsur yang terisi','rata-rata','Laporan Survei Kepuasan Masyarakat DPMPTSP Kabupaten Deli Serdang','maximize','outcome','semesteran','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',0,3012,NULL);
INSERT INTO indicator VALUES(9305,9303,1,'Waktu rata-rata penerbitan izin','hari','5','Rata-rata hari kerja sejak permohonan perizinan berusaha dinyatakan lengkap sampai izin diterbitkan.','Kecepatan penerbitan izin menjadi ukuran utama kemudahan berusaha (dicontohkan Bupati pada coaching clinic PK 2026).','A / B; A = jumlah hari kerja proses seluruh izin yang terbit, B = jumlah izin yang terbit','rata-rata','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','minimize','outcome','triwulanan','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',0,3013,NULL);
INSERT INTO indicator VALUES(9307,9306,0,'Nilai SAKIP Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu','predikat','BB','Predikat hasil evaluasi akuntabilitas kinerja Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',0,3024,NULL);
INSERT INTO indicator VALUES(9313,9312,0,'Persentase pelaku usaha yang memperoleh izin tepat waktu','%','88','Perbandingan pelaku usaha yang memperoleh perizinan berusaha dalam batas waktu standar pelayanan terhadap seluruh pelaku usaha yang izinnya terbit.','Ketepatan waktu pelayanan menentukan kepastian berusaha dan kepuasan pemohon.','(A / B) × 100 %; A = jumlah pelaku usaha yang izinnya terbit sesuai standar waktu, B = jumlah pelaku usaha yang izinnya terbit','non-kumulatif','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','maximize','outcome','triwulanan','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',0,3015,NULL);
INSERT INTO indicator VALUES(9314,9312,1,'Persentase pengaduan layanan perizinan yang ditindaklanjuti','%','85','Perbandingan pengaduan masyarakat atas layanan perizinan yang ditindaklanjuti dalam 14 hari kerja terhadap seluruh pengaduan yang diterima.','Penanganan pengaduan yang cepat memperbaiki mutu layanan dan kepercayaan masyarakat.','(A / B) × 100 %; A = jumlah pengaduan yang ditindaklanjuti tepat waktu, B = jumlah pengaduan yang diterima','non-kumulatif','Aplikasi SP4N-LAPOR! dan register pengaduan DPMPTSP','maximize','outcome','triwulanan','Kepala Bidang Penyelenggaraan Pelayanan Perizinan',0,3016,NULL);
INSERT INTO indicator VALUES(9318,9317,0,'Persentase permohonan perizinan yang diselesaikan sesuai standar pelayanan','%','90','Perbandingan permohonan perizinan dan nonperizinan yang diproses sesuai persyaratan, prosedur, dan waktu dalam standar pelayanan terhadap seluruh permohonan.','Kepatuhan terhadap standar pelayanan adalah output utama kegiatan pelayanan terpadu satu pintu.','(A / B) × 100 %; A = jumlah permohonan yang diselesaikan sesuai standar pelayanan, B = jumlah permohonan yang diselesaikan','non-kumulatif','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','maximize','output','triwulanan','Kepala Seksi Pelayanan Perizinan Berusaha',0,3018,NULL);
INSERT INTO indicator VALUES(9319,9317,1,'Jumlah perizinan berusaha yang diterbitkan','izin','9.500','Banyaknya perizinan berusaha berbasis risiko (NIB dengan sertifikat standar atau izin) kewenangan kabupaten yang diterbitkan melalui OSS RBA.','Output langsung sub kegiatan sesuai metadata Kepmendagri.','A; A = jumlah perizinan berusaha yang terbit dalam satu tahun','kumulatif','Sistem Online Single Submission Berbasis Risiko (OSS RBA) dan SiCantik Cloud DPMPTSP','maximize','output','triwulanan','Kepala Seksi Pelayanan Perizinan Berusaha',0,3020,NULL);
INSERT INTO indicator VALUES(9320,9317,2,'Jumlah pelaku usaha yang mendapatkan layanan konsultasi perizinan','orang','3.000','Banyaknya pelaku usaha yang dilayani konsultasi perizinan berusaha berbasis risiko secara tatap muka maupun daring.','Konsultasi mengurangi permohonan yang dikembalikan karena tidak lengkap.','A; A = jumlah pelaku usaha yang tercatat mendapat layanan konsultasi dalam satu tahun','kumulatif','Buku register dan aplikasi antrean layanan konsultasi','maximize','output','triwulanan','Kepala Seksi Pelayanan Perizinan Berusaha',0,3022,NULL);
INSERT INTO indicator VALUES(9402,9401,0,'Nilai Tukar Petani subsektor tanaman pangan','indeks','103,6','Perbandingan indeks harga yang diterima petani tanaman pangan terhadap indeks harga yang dibayar petani tanaman pangan.','Mendukung sasaran RPJMD meningkatnya kesejahteraan petani; subsektor tanaman pangan paling rendah NTP-nya.','(A / B) × 100; A = indeks harga yang diterima petani tanaman pangan (It), B = indeks harga yang dibayar petani tanaman pangan (Ib)','rata-rata','BPS Provinsi Sumatera Utara (Survei Harga Perdesaan subsektor tanaman pangan)','maximize','outcome','tahunan','Kepala Bidang Tanaman Pangan dan Hortikultura',0,4004,NULL);
INSERT INTO indicator VALUES(9404,9403,0,'Jumlah produksi daging ternak','ton','21.480','Jumlah daging sapi, kerbau, kambing, domba, babi, dan unggas yang dihasilkan dari pemotongan ternak di Kabupaten Deli Serdang dalam satu tahun.','Mendukung langsung sasaran RPJMD meningkatnya produksi peternakan.','A + B; A = produksi daging ternak besar dan kecil, B = produksi daging unggas','kumulatif','Laporan produksi peternakan Dinas Pertanian dan Peternakan dan Statistik Peternakan BPS','maximize','outcome','triwulanan','Kepala Bidang Peternakan dan Kesehatan Hewan',0,4012,NULL);
INSERT INTO indicator VALUES(9405,9403,1,'Persentase ternak yang diperiksa layak potong','%','92','Perbandingan ternak yang dinyatakan layak potong pada pemeriksaan antemortem dan postmortem terhadap seluruh ternak yang diperiksa di rumah potong hewan.','Menjamin daging yang beredar aman, sehat, utuh, dan halal (ASUH) serta menggambarkan status kesehatan ternak.','(A / B) × 100 %; A = jumlah ternak yang dinyatakan layak potong, B = jumlah ternak yang diperiksa di RPH','non-kumulatif','Laporan pemeriksaan antemortem dan postmortem RPH Dinas Pertanian dan Peternakan','maximize','outcome','triwulanan','Kepala Bidang Peternakan dan Kesehatan Hewan',0,4013,NULL);
INSERT INTO indicator VALUES(9407,9406,0,'Nilai SAKIP Dinas Pertanian dan Peternakan','predikat','B','Predikat hasil evaluasi akuntabilitas kinerja Dinas Pertanian dan Peternakan oleh Inspektorat Kabupaten Deli Serdang.','Menggambarkan kualitas perencanaan, pengukuran, pelaporan, dan evaluasi kinerja perangkat daerah yang mendukung predikat SAKIP kabupaten.','A; A = predikat LHE AKIP perangkat daerah berdasarkan nilai evaluasi (A > 80–90; BB > 70–80; B > 60–70)','non-kumulatif','Laporan Hasil Evaluasi AKIP Perangkat Daerah oleh Inspektorat Kabupaten Deli Serdang','maximize','outcome','tahunan','Sekretaris Dinas Pertanian dan Peternakan',0,4025,NULL);
INSERT INTO indicator VALUES(9413,9412,0,'Jumlah ternak yang diperiksa kesehatannya','ekor','11.600','Banyaknya ternak yang menjalani pemeriksaan kesehatan oleh petugas medik dan paramedik veteriner di Puskeswan, pasar hewan, dan RPH dalam satu tahun.','Pemeriksaan kesehatan ternak mencegah penyebaran penyakit hewan menular dan zoonosis.','A; A = jumlah ternak yang diperiksa kesehatannya dalam satu tahun','kumulatif','Laporan Puskeswan, RPH, dan iSIKHNAS Dinas Pertanian dan Peternakan','maximize','outcome','triwulanan','Kepala Bidang Peternakan dan Kesehatan Hewan',0,4015,NULL);
INSERT INTO indicator VALUES(9418,9417,0,'Persentase kasus penyakit hewan menular yang ditangani','%','85','Perbandingan kasus penyakit hewan menular strategis (PMK, LSD, rabies, ASF, antraks) yang ditangani sesuai pedoman terhadap seluruh kasus yang dilaporkan.','Penanganan kasus yang cepat mencegah wabah dan kerugian ekonomi peternak.','(A / B) × 100 %; A = jumlah kasus yang ditangani sesuai pedoman, B = jumlah kasus yang dilaporkan','non-kumulatif','iSIKHNAS dan laporan kejadian penyakit Puskeswan','maximize','output','triwulanan','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,4017,NULL);
INSERT INTO indicator VALUES(9419,9417,1,'Jumlah ternak yang divaksinasi penyakit hewan menular','ekor','45.000','Banyaknya ternak dan hewan penular rabies yang divaksinasi PMK, LSD, rabies, dan penyakit menular strategis lainnya.','Output langsung sub kegiatan pemberantasan penyakit hewan menular.','A; A = jumlah dosis vaksinasi yang diberikan kepada ternak dalam satu tahun','kumulatif','iSIKHNAS dan laporan vaksinasi Puskeswan','maximize','output','triwulanan','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,4019,NULL);
INSERT INTO indicator VALUES(9420,9417,2,'Persentase unit usaha produk hewan yang memenuhi persyaratan higiene sanitasi','%','55','Perbandingan unit usaha produk hewan (RPH, RPU, kios daging) yang memenuhi persyaratan higiene sanitasi atau memiliki NKV terhadap seluruh unit usaha yang diawasi.','Higiene sanitasi unit usaha menjamin keamanan pangan asal hewan.','(A / B) × 100 %; A = jumlah unit usaha yang memenuhi persyaratan, B = jumlah unit usaha produk hewan yang diawasi','non-kumulatif','Laporan pengawasan kesmavet dan daftar NKV','maximize','output','semesteran','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,4021,NULL);
INSERT INTO indicator VALUES(9421,9417,3,'Jumlah unit usaha produk hewan yang dibina','unit','40','Banyaknya unit usaha produk hewan yang mendapat pembinaan penerapan higiene sanitasi dan persiapan NKV.','Output langsung sub kegiatan.','A; A = jumlah unit usaha produk hewan yang dibina dalam satu tahun','kumulatif','Laporan pembinaan kesmavet','maximize','output','semesteran','Kepala Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner',0,4023,NULL);
CREATE TABLE target (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (indicator_id, year)) WITHOUT ROWID;
INSERT INTO target VALUES(101,2025,'77,35');
INSERT INTO target VALUES(101,2026,'77,82');
INSERT INTO target VALUES(101,2027,'78,29');
INSERT INTO target VALUES(101,2028,'78,76');
INSERT INTO target VALUES(101,2029,'79,23');
INSERT INTO target VALUES(103,2025,'72,8');
INSERT INTO target VALUES(103,2026,'72,98');
INSERT INTO target VALUES(103,2027,'73,16');
INSERT INTO target VALUES(103,2028,'73,34');
INSERT INTO target VALUES(103,2029,'73,52');
INSERT INTO target VALUES(104,2025,'65');
INSERT INTO target VALUES(104,2026,'62');
INSERT INTO target VALUES(104,2027,'59');
INSERT INTO target VALUES(104,2028,'56');
INSERT INTO target VALUES(104,2029,'53');
INSERT INTO target VALUES(106,2025,'11,8');
INSERT INTO target VALUES(106,2026,'11');
INSERT INTO target VALUES(106,2027,'10,2');
INSERT INTO target VALUES(106,2028,'9,4');
INSERT INTO target VALUES(106,2029,'8,6');
INSERT INTO target VALUES(108,2025,'5,2');
INSERT INTO target VALUES(108,2026,'5,3');
INSERT INTO target VALUES(108,2027,'5,4');
INSERT INTO target VALUES(108,2028,'5,5');
INSERT INTO target VALUES(108,2029,'5,6');
INSERT INTO target VALUES(109,2025,'3,3');
INSERT INTO target VALUES(109,2026,'3,15');
INSERT INTO target VALUES(109,2027,'3');
INSERT INTO target VALUES(109,2028,'2,85');
INSERT INTO target VALUES(109,2029,'2,7');
INSERT INTO target VALUES(111,2025,'1.300.000');
INSERT INTO target VALUES(111,2026,'1.350.000');
INSERT INTO target VALUES(111,2027,'1.420.000');
INSERT INTO target VALUES(111,2028,'1.500.000');
INSERT INTO target VALUES(111,2029,'1.600.000');
INSERT INTO target VALUES(112,2025,'1,5');
INSERT INTO target VALUES(112,2026,'1,55');
INSERT INTO target VALUES(112,2027,'1,6');
INSERT INTO target VALUES(112,2028,'1,65');
INSERT INTO target VALUES(112,2029,'1,7');
INSERT INTO target VALUES(114,2025,'8.700.000.000.000');
INSERT INTO target VALUES(114,2026,'9.300.000.000.000');
INSERT INTO target VALUES(114,2027,'10.000.000.000.000');
INSERT INTO target VALUES(114,2028,'10.800.000.000.000');
INSERT INTO target VALUES(114,2029,'11.700.000.000.000');
INSERT INTO target VALUES(116,2025,'3,15');
INSERT INTO target VALUES(116,2026,'3,25');
INSERT INTO target VALUES(116,2027,'3,35');
INSERT INTO target VALUES(116,2028,'3,45');
INSERT INTO target VALUES(116,2029,'3,55');
INSERT INTO target VALUES(118,2025,'119');
INSERT INTO target VALUES(118,2026,'119,6');
INSERT INTO target VALUES(118,2027,'120,2');
INSERT INTO target VALUES(118,2028,'120,8');
INSERT INTO target VALUES(118,2029,'121,4');
INSERT INTO target VALUES(120,2025,'22.000');
INSERT INTO target VALUES(120,2026,'22.600');
INSERT INTO target VALUES(120,2027,'23.200');
INSERT INTO target VALUES(120,2028,'23.900');
INSERT INTO target VALUES(120,2029,'24.600');
INSERT INTO target VALUES(122,2025,'70');
INSERT INTO target VALUES(122,2026,'72');
INSERT INTO target VALUES(122,2027,'74');
INSERT INTO target VALUES(122,2028,'76');
INSERT INTO target VALUES(122,2029,'78');
INSERT INTO target VALUES(124,2025,'84');
INSERT INTO target VALUES(124,2026,'85');
INSERT INTO target VALUES(124,2027,'86');
INSERT INTO target VALUES(124,2028,'87');
INSERT INTO target VALUES(124,2029,'88');
INSERT INTO target VALUES(126,2025,'BB');
INSERT INTO target VALUES(126,2026,'BB');
INSERT INTO target VALUES(126,2027,'A');
INSERT INTO target VALUES(126,2028,'A');
INSERT INTO target VALUES(126,2029,'A');
INSERT INTO target VALUES(127,2025,'WTP');
INSERT INTO target VALUES(127,2026,'WTP');
INSERT INTO target VALUES(127,2027,'WTP');
INSERT INTO target VALUES(127,2028,'WTP');
INSERT INTO target VALUES(127,2029,'WTP');
INSERT INTO target VALUES(1002,2025,'72,8');
INSERT INTO target VALUES(1002,2026,'72,98');
INSERT INTO target VALUES(1002,2027,'73,16');
INSERT INTO target VALUES(1002,2028,'73,34');
INSERT INTO target VALUES(1002,2029,'73,52');
INSERT INTO target VALUES(1004,2025,'65');
INSERT INTO target VALUES(1004,2026,'62');
INSERT INTO target VALUES(1004,2027,'59');
INSERT INTO target VALUES(1004,2028,'56');
INSERT INTO target VALUES(1004,2029,'53');
INSERT INTO target VALUES(1005,2025,'83');
INSERT INTO target VALUES(1005,2026,'83,5');
INSERT INTO target VALUES(1005,2027,'84');
INSERT INTO target VALUES(1005,2028,'84,5');
INSERT INTO target VALUES(1005,2029,'85');
INSERT INTO target VALUES(1007,2025,'88');
INSERT INTO target VALUES(1007,2026,'90');
INSERT INTO target VALUES(1007,2027,'92');
INSERT INTO target VALUES(1007,2028,'94');
INSERT INTO target VALUES(1007,2029,'96');
INSERT INTO target VALUES(1009,2025,'85,29');
INSERT INTO target VALUES(1009,2026,'88,24');
INSERT INTO target VALUES(1009,2027,'91,18');
INSERT INTO target VALUES(1009,2028,'94,12');
INSERT INTO target VALUES(1009,2029,'97,06');
INSERT INTO target VALUES(1011,2025,'38.400');
INSERT INTO target VALUES(1011,2026,'39.100');
INSERT INTO target VALUES(1011,2027,'39.800');
INSERT INTO target VALUES(1011,2028,'40.400');
INSERT INTO target VALUES(1011,2029,'41.000');
INSERT INTO target VALUES(1013,2025,'4.600');
INSERT INTO target VALUES(1013,2026,'5.000');
INSERT INTO target VALUES(1013,2027,'5.400');
INSERT INTO target VALUES(1013,2028,'5.800');
INSERT INTO target VALUES(1013,2029,'6.200');
INSERT INTO target VALUES(1015,2025,'11,8');
INSERT INTO target VALUES(1015,2026,'11');
INSERT INTO target VALUES(1015,2027,'10,2');
INSERT INTO target VALUES(1015,2028,'9,4');
INSERT INTO target VALUES(1015,2029,'8,6');
INSERT INTO target VALUES(1017,2025,'75');
INSERT INTO target VALUES(1017,2026,'78');
INSERT INTO target VALUES(1017,2027,'81');
INSERT INTO target VALUES(1017,2028,'84');
INSERT INTO target VALUES(1017,2029,'87');
INSERT INTO target VALUES(1019,2025,'63');
INSERT INTO target VALUES(1019,2026,'68');
INSERT INTO target VALUES(1019,2027,'73');
INSERT INTO target VALUES(1019,2028,'78');
INSERT INTO target VALUES(1019,2029,'83');
INSERT INTO target VALUES(1021,2025,'600');
INSERT INTO target VALUES(1021,2026,'680');
INSERT INTO target VALUES(1021,2027,'760');
INSERT INTO target VALUES(1021,2028,'840');
INSERT INTO target VALUES(1021,2029,'920');
INSERT INTO target VALUES(1023,2025,'BB');
INSERT INTO target VALUES(1023,2026,'BB');
INSERT INTO target VALUES(1023,2027,'A');
INSERT INTO target VALUES(1023,2028,'A');
INSERT INTO target VALUES(1023,2029,'A');
INSERT INTO target VALUES(1025,2025,'70,5');
INSERT INTO target VALUES(1025,2026,'72,8');
INSERT INTO target VALUES(1025,2027,'80,5');
INSERT INTO target VALUES(1025,2028,'82');
INSERT INTO target VALUES(1025,2029,'84');
INSERT INTO target VALUES(1027,2025,'80');
INSERT INTO target VALUES(1027,2026,'85');
INSERT INTO target VALUES(1027,2027,'90');
INSERT INTO target VALUES(1027,2028,'95');
INSERT INTO target VALUES(1027,2029,'100');
INSERT INTO target VALUES(1029,2025,'75');
INSERT INTO target VALUES(1029,2026,'80');
INSERT INTO target VALUES(1029,2027,'85');
INSERT INTO target VALUES(1029,2028,'90');
INSERT INTO target VALUES(1029,2029,'95');
INSERT INTO target VALUES(2002,2025,'2,2');
INSERT INTO target VALUES(2002,2026,'2,28');
INSERT INTO target VALUES(2002,2027,'2,36');
INSERT INTO target VALUES(2002,2028,'2,45');
INSERT INTO target VALUES(2002,2029,'2,55');
INSERT INTO target VALUES(2004,2025,'1.300.000');
INSERT INTO target VALUES(2004,2026,'1.350.000');
INSERT INTO target VALUES(2004,2027,'1.420.000');
INSERT INTO target VALUES(2004,2028,'1.500.000');
INSERT INTO target VALUES(2004,2029,'1.600.000');
INSERT INTO target VALUES(2006,2025,'20.000');
INSERT INTO target VALUES(2006,2026,'22.000');
INSERT INTO target VALUES(2006,2027,'24.500');
INSERT INTO target VALUES(2006,2028,'27.000');
INSERT INTO target VALUES(2006,2029,'30.000');
INSERT INTO target VALUES(2008,2025,'50');
INSERT INTO target VALUES(2008,2026,'60');
INSERT INTO target VALUES(2008,2027,'70');
INSERT INTO target VALUES(2008,2028,'80');
INSERT INTO target VALUES(2008,2029,'90');
INSERT INTO target VALUES(2010,2025,'27.500');
INSERT INTO target VALUES(2010,2026,'30.000');
INSERT INTO target VALUES(2010,2027,'33.000');
INSERT INTO target VALUES(2010,2028,'36.000');
INSERT INTO target VALUES(2010,2029,'40.000');
INSERT INTO target VALUES(2012,2025,'150');
INSERT INTO target VALUES(2012,2026,'180');
INSERT INTO target VALUES(2012,2027,'210');
INSERT INTO target VALUES(2012,2028,'240');
INSERT INTO target VALUES(2012,2029,'270');
INSERT INTO target VALUES(2014,2025,'1,5');
INSERT INTO target VALUES(2014,2026,'1,55');
INSERT INTO target VALUES(2014,2027,'1,6');
INSERT INTO target VALUES(2014,2028,'1,65');
INSERT INTO target VALUES(2014,2029,'1,7');
INSERT INTO target VALUES(2016,2025,'40');
INSERT INTO target VALUES(2016,2026,'45');
INSERT INTO target VALUES(2016,2027,'50');
INSERT INTO target VALUES(2016,2028,'55');
INSERT INTO target VALUES(2016,2029,'60');
INSERT INTO target VALUES(2018,2025,'14');
INSERT INTO target VALUES(2018,2026,'16');
INSERT INTO target VALUES(2018,2027,'18');
INSERT INTO target VALUES(2018,2028,'20');
INSERT INTO target VALUES(2018,2029,'22');
INSERT INTO target VALUES(2020,2025,'10');
INSERT INTO target VALUES(2020,2026,'12');
INSERT INTO target VALUES(2020,2027,'14');
INSERT INTO target VALUES(2020,2028,'16');
INSERT INTO target VALUES(2020,2029,'18');
INSERT INTO target VALUES(2022,2025,'30');
INSERT INTO target VALUES(2022,2026,'35');
INSERT INTO target VALUES(2022,2027,'40');
INSERT INTO target VALUES(2022,2028,'45');
INSERT INTO target VALUES(2022,2029,'50');
INSERT INTO target VALUES(2024,2025,'B');
INSERT INTO target VALUES(2024,2026,'BB');
INSERT INTO target VALUES(2024,2027,'BB');
INSERT INTO target VALUES(2024,2028,'A');
INSERT INTO target VALUES(2024,2029,'A');
INSERT INTO target VALUES(2026,2025,'67,5');
INSERT INTO target VALUES(2026,2026,'71');
INSERT INTO target VALUES(2026,2027,'74,5');
INSERT INTO target VALUES(2026,2028,'80,5');
INSERT INTO target VALUES(2026,2029,'82,5');
INSERT INTO target VALUES(2028,2025,'75');
INSERT INTO target VALUES(2028,2026,'80');
INSERT INTO target VALUES(2028,2027,'85');
INSERT INTO target VALUES(2028,2028,'90');
INSERT INTO target VALUES(2028,2029,'95');
INSERT INTO target VALUES(2030,2025,'70');
INSERT INTO target VALUES(2030,2026,'75');
INSERT INTO target VALUES(2030,2027,'80');
INSERT INTO target VALUES(2030,2028,'85');
INSERT INTO target VALUES(2030,2029,'90');
INSERT INTO target VALUES(3002,2025,'8.700.000.000.000');
INSERT INTO target VALUES(3002,2026,'9.300.000.000.000');
INSERT INTO target VALUES(3002,2027,'10.000.000.000.000');
INSERT INTO target VALUES(3002,2028,'10.800.000.000.000');
INSERT INTO target VALUES(3002,2029,'11.700.000.000.000');
INSERT INTO target VALUES(3004,2025,'1.220');
INSERT INTO target VALUES(3004,2026,'1.300');
INSERT INTO target VALUES(3004,2027,'1.380');
INSERT INTO target VALUES(3004,2028,'1.460');
INSERT INTO target VALUES(3004,2029,'1.550');
INSERT INTO target VALUES(3006,2025,'38');
INSERT INTO target VALUES(3006,2026,'41');
INSERT INTO target VALUES(3006,2027,'44');
INSERT INTO target VALUES(3006,2028,'47');
INSERT INTO target VALUES(3006,2029,'50');
INSERT INTO target VALUES(3008,2025,'70');
INSERT INTO target VALUES(3008,2026,'80');
INSERT INTO target VALUES(3008,2027,'90');
INSERT INTO target VALUES(3008,2028,'100');
INSERT INTO target VALUES(3008,2029,'110');
INSERT INTO target VALUES(3010,2025,'8');
INSERT INTO target VALUES(3010,2026,'10');
INSERT INTO target VALUES(3010,2027,'12');
INSERT INTO target VALUES(3010,2028,'14');
INSERT INTO target VALUES(3010,2029,'16');
INSERT INTO target VALUES(3012,2025,'84');
INSERT INTO target VALUES(3012,2026,'85');
INSERT INTO target VALUES(3012,2027,'86');
INSERT INTO target VALUES(3012,2028,'87');
INSERT INTO target VALUES(3012,2029,'88');
INSERT INTO target VALUES(3013,2025,'4,5');
INSERT INTO target VALUES(3013,2026,'4');
INSERT INTO target VALUES(3013,2027,'3,5');
INSERT INTO target VALUES(3013,2028,'3');
INSERT INTO target VALUES(3013,2029,'2,5');
INSERT INTO target VALUES(3015,2025,'90');
INSERT INTO target VALUES(3015,2026,'92');
INSERT INTO target VALUES(3015,2027,'94');
INSERT INTO target VALUES(3015,2028,'96');
INSERT INTO target VALUES(3015,2029,'98');
INSERT INTO target VALUES(3016,2025,'88');
INSERT INTO target VALUES(3016,2026,'91');
INSERT INTO target VALUES(3016,2027,'94');
INSERT INTO target VALUES(3016,2028,'97');
INSERT INTO target VALUES(3016,2029,'100');
INSERT INTO target VALUES(3018,2025,'92');
INSERT INTO target VALUES(3018,2026,'94');
INSERT INTO target VALUES(3018,2027,'95');
INSERT INTO target VALUES(3018,2028,'96');
INSERT INTO target VALUES(3018,2029,'97');
INSERT INTO target VALUES(3020,2025,'10.000');
INSERT INTO target VALUES(3020,2026,'10.500');
INSERT INTO target VALUES(3020,2027,'11.000');
INSERT INTO target VALUES(3020,2028,'11.500');
INSERT INTO target VALUES(3020,2029,'12.000');
INSERT INTO target VALUES(3022,2025,'3.300');
INSERT INTO target VALUES(3022,2026,'3.600');
INSERT INTO target VALUES(3022,2027,'3.900');
INSERT INTO target VALUES(3022,2028,'4.200');
INSERT INTO target VALUES(3022,2029,'4.500');
INSERT INTO target VALUES(3024,2025,'BB');
INSERT INTO target VALUES(3024,2026,'BB');
INSERT INTO target VALUES(3024,2027,'A');
INSERT INTO target VALUES(3024,2028,'A');
INSERT INTO target VALUES(3024,2029,'A');
INSERT INTO target VALUES(3026,2025,'75');
INSERT INTO target VALUES(3026,2026,'78');
INSERT INTO target VALUES(3026,2027,'81');
INSERT INTO target VALUES(3026,2028,'83');
INSERT INTO target VALUES(3026,2029,'85');
INSERT INTO target VALUES(3028,2025,'85');
INSERT INTO target VALUES(3028,2026,'90');
INSERT INTO target VALUES(3028,2027,'95');
INSERT INTO target VALUES(3028,2028,'100');
INSERT INTO target VALUES(3028,2029,'100');
INSERT INTO target VALUES(3030,2025,'75');
INSERT INTO target VALUES(3030,2026,'80');
INSERT INTO target VALUES(3030,2027,'85');
INSERT INTO target VALUES(3030,2028,'90');
INSERT INTO target VALUES(3030,2029,'95');
INSERT INTO target VALUES(4002,2025,'3,15');
INSERT INTO target VALUES(4002,2026,'3,25');
INSERT INTO target VALUES(4002,2027,'3,35');
INSERT INTO target VALUES(4002,2028,'3,45');
INSERT INTO target VALUES(4002,2029,'3,55');
INSERT INTO target VALUES(4004,2025,'104,1');
INSERT INTO target VALUES(4004,2026,'104,6');
INSERT INTO target VALUES(4004,2027,'105,1');
INSERT INTO target VALUES(4004,2028,'105,6');
INSERT INTO target VALUES(4004,2029,'106,1');
INSERT INTO target VALUES(4006,2025,'15');
INSERT INTO target VALUES(4006,2026,'18');
INSERT INTO target VALUES(4006,2027,'21');
INSERT INTO target VALUES(4006,2028,'24');
INSERT INTO target VALUES(4006,2029,'27');
INSERT INTO target VALUES(4008,2025,'74');
INSERT INTO target VALUES(4008,2026,'78');
INSERT INTO target VALUES(4008,2027,'82');
INSERT INTO target VALUES(4008,2028,'86');
INSERT INTO target VALUES(4008,2029,'90');
INSERT INTO target VALUES(4010,2025,'180');
INSERT INTO target VALUES(4010,2026,'210');
INSERT INTO target VALUES(4010,2027,'240');
INSERT INTO target VALUES(4010,2028,'270');
INSERT INTO target VALUES(4010,2029,'300');
INSERT INTO target VALUES(4012,2025,'22.000');
INSERT INTO target VALUES(4012,2026,'22.600');
INSERT INTO target VALUES(4012,2027,'23.200');
INSERT INTO target VALUES(4012,2028,'23.900');
INSERT INTO target VALUES(4012,2029,'24.600');
INSERT INTO target VALUES(4013,2025,'93');
INSERT INTO target VALUES(4013,2026,'94');
INSERT INTO target VALUES(4013,2027,'95');
INSERT INTO target VALUES(4013,2028,'96');
INSERT INTO target VALUES(4013,2029,'97');
INSERT INTO target VALUES(4015,2025,'12.000');
INSERT INTO target VALUES(4015,2026,'12.500');
INSERT INTO target VALUES(4015,2027,'13.000');
INSERT INTO target VALUES(4015,2028,'12.400');
INSERT INTO target VALUES(4015,2029,'13.500');
INSERT INTO target VALUES(4017,2025,'87');
INSERT INTO target VALUES(4017,2026,'89');
INSERT INTO target VALUES(4017,2027,'91');
INSERT INTO target VALUES(4017,2028,'93');
INSERT INTO target VALUES(4017,2029,'95');
INSERT INTO target VALUES(4019,2025,'48.000');
INSERT INTO target VALUES(4019,2026,'51.000');
INSERT INTO target VALUES(4019,2027,'54.000');
INSERT INTO target VALUES(4019,2028,'57.000');
INSERT INTO target VALUES(4019,2029,'60.000');
INSERT INTO target VALUES(4021,2025,'60');
INSERT INTO target VALUES(4021,2026,'65');
INSERT INTO target VALUES(4021,2027,'70');
INSERT INTO target VALUES(4021,2028,'75');
INSERT INTO target VALUES(4021,2029,'80');
INSERT INTO target VALUES(4023,2025,'45');
INSERT INTO target VALUES(4023,2026,'50');
INSERT INTO target VALUES(4023,2027,'55');
INSERT INTO target VALUES(4023,2028,'60');
INSERT INTO target VALUES(4023,2029,'65');
INSERT INTO target VALUES(4025,2025,'BB');
INSERT INTO target VALUES(4025,2026,'BB');
INSERT INTO target VALUES(4025,2027,'BB');
INSERT INTO target VALUES(4025,2028,'A');
INSERT INTO target VALUES(4025,2029,'A');
INSERT INTO target VALUES(4027,2025,'70,2');
INSERT INTO target VALUES(4027,2026,'73');
INSERT INTO target VALUES(4027,2027,'76,5');
INSERT INTO target VALUES(4027,2028,'80,5');
INSERT INTO target VALUES(4027,2029,'82,5');
INSERT INTO target VALUES(4029,2025,'80');
INSERT INTO target VALUES(4029,2026,'85');
INSERT INTO target VALUES(4029,2027,'90');
INSERT INTO target VALUES(4029,2028,'95');
INSERT INTO target VALUES(4029,2029,'100');
INSERT INTO target VALUES(4031,2025,'75');
INSERT INTO target VALUES(4031,2026,'80');
INSERT INTO target VALUES(4031,2027,'85');
INSERT INTO target VALUES(4031,2028,'90');
INSERT INTO target VALUES(4031,2029,'95');
INSERT INTO target VALUES(9002,2026,'72,98');
INSERT INTO target VALUES(9003,2026,'62');
INSERT INTO target VALUES(9005,2026,'11');
INSERT INTO target VALUES(9007,2026,'1.350.000');
INSERT INTO target VALUES(9008,2026,'1,55');
INSERT INTO target VALUES(9010,2026,'9.300.000.000.000');
INSERT INTO target VALUES(9012,2026,'119,6');
INSERT INTO target VALUES(9014,2026,'22.600');
INSERT INTO target VALUES(9016,2026,'85');
INSERT INTO target VALUES(9018,2026,'BB');
INSERT INTO target VALUES(9019,2026,'WTP');
INSERT INTO target VALUES(9102,2026,'62');
INSERT INTO target VALUES(9103,2026,'Meningkat');
INSERT INTO target VALUES(9105,2026,'11');
INSERT INTO target VALUES(9107,2026,'BB');
INSERT INTO target VALUES(9113,2026,'90');
INSERT INTO target VALUES(9115,2026,'78');
INSERT INTO target VALUES(9120,2026,'88,24');
INSERT INTO target VALUES(9121,2026,'39.100');
INSERT INTO target VALUES(9122,2026,'5.000');
INSERT INTO target VALUES(9202,2026,'12');
INSERT INTO target VALUES(9204,2026,'1,55');
INSERT INTO target VALUES(9206,2026,'BB');
INSERT INTO target VALUES(9212,2026,'22.000');
INSERT INTO target VALUES(9216,2026,'60');
INSERT INTO target VALUES(9217,2026,'30.000');
INSERT INTO target VALUES(9218,2026,'180');
INSERT INTO target VALUES(9302,2026,'1.300');
INSERT INTO target VALUES(9304,2026,'82');
INSERT INTO target VALUES(9305,2026,'4');
INSERT INTO target VALUES(9307,2026,'BB');
INSERT INTO target VALUES(9313,2026,'Baik');
INSERT INTO target VALUES(9314,2026,'91');
INSERT INTO target VALUES(9318,2026,'94');
INSERT INTO target VALUES(9319,2026,'10.500');
INSERT INTO target VALUES(9320,2026,'3.600');
INSERT INTO target VALUES(9402,2026,'104,6');
INSERT INTO target VALUES(9404,2026,'22.600');
INSERT INTO target VALUES(9405,2026,'94');
INSERT INTO target VALUES(9407,2026,'BB');
INSERT INTO target VALUES(9413,2026,'12.500');
INSERT INTO target VALUES(9418,2026,'89');
INSERT INTO target VALUES(9419,2026,'51.000');
INSERT INTO target VALUES(9420,2026,'65');
INSERT INTO target VALUES(9421,2026,'50');
CREATE TABLE rule_setting (
    rule_id TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    severity TEXT CHECK (severity IN ('error', 'warning', 'info'))) WITHOUT ROWID;
CREATE TABLE acknowledgement (
    rule_id TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (rule_id, object_id, field));
CREATE TABLE review_comment (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    object_id INTEGER NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)));
CREATE TABLE print_setting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paper TEXT NOT NULL CHECK (paper IN ('a4', 'f4')));
INSERT INTO print_setting VALUES(1,'a4');
CREATE TABLE pk_lock_event (
    pk_id INTEGER NOT NULL REFERENCES pk (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
    method TEXT NOT NULL CHECK (method IN ('signed-pdf', 'paper', 'workflow')),
    at TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    note TEXT NOT NULL,
    author TEXT NOT NULL,
    PRIMARY KEY (pk_id, position)) WITHOUT ROWID;
CREATE TABLE realisasi (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    target TEXT NOT NULL,
    value TEXT NOT NULL,
    kendala TEXT NOT NULL,
    tindak_lanjut TEXT NOT NULL,
    bukti TEXT NOT NULL,
    PRIMARY KEY (indicator_id, quarter)) WITHOUT ROWID;
INSERT INTO realisasi VALUES(9002,1,'','72,91','','','Proyeksi BPS Kabupaten Deli Serdang TW I 2026');
INSERT INTO realisasi VALUES(9002,2,'','72,93','','','Proyeksi BPS Kabupaten Deli Serdang TW II 2026');
INSERT INTO realisasi VALUES(9002,3,'','72,95','','','Proyeksi BPS Kabupaten Deli Serdang TW III 2026');
INSERT INTO realisasi VALUES(9003,1,'','14','','','Laporan kematian ibu Dinas Kesehatan TW I 2026');
INSERT INTO realisasi VALUES(9003,2,'','16','','','Laporan kematian ibu Dinas Kesehatan TW II 2026');
INSERT INTO realisasi VALUES(9003,3,'','15','','','Laporan kematian ibu Dinas Kesehatan TW III 2026');
INSERT INTO realisasi VALUES(9005,1,'','12,1','','','e-PPGBM Dinas Kesehatan TW I 2026');
INSERT INTO realisasi VALUES(9005,2,'','11,8','','','e-PPGBM Dinas Kesehatan TW II 2026');
INSERT INTO realisasi VALUES(9005,3,'','11,4','','','e-PPGBM Dinas Kesehatan TW III 2026');
INSERT INTO realisasi VALUES(9007,1,'300.000','315.420','','','Data kunjungan Dinas Pariwisata TW I 2026');
INSERT INTO realisasi VALUES(9007,2,'320.000','298.870','','','Data kunjungan Dinas Pariwisata TW II 2026');
INSERT INTO realisasi VALUES(9007,3,'350.000','361.050','','','Data kunjungan Dinas Pariwisata TW III 2026');
INSERT INTO realisasi VALUES(9008,1,'','1,48','','','Survei lama tinggal Dinas Pariwisata TW I 2026');
INSERT INTO realisasi VALUES(9008,2,'','1,52','','','Survei lama tinggal Dinas Pariwisata TW II 2026');
INSERT INTO realisasi VALUES(9008,3,'','1,57','','','Survei lama tinggal Dinas Pariwisata TW III 2026');
INSERT INTO realisasi VALUES(9010,1,'','2.105.000.000.000','','','Laporan LKPM BKPM/OSS TW I 2026');
INSERT INTO realisasi VALUES(9010,2,'','2.480.000.000.000','','','Laporan LKPM BKPM/OSS TW II 2026');
INSERT INTO realisasi VALUES(9010,3,'','2.320.000.000.000','','','Laporan LKPM BKPM/OSS TW III 2026');
INSERT INTO realisasi VALUES(9012,1,'','118,2','','','Berita Resmi Statistik BPS Sumatera Utara TW I 2026');
INSERT INTO realisasi VALUES(9012,2,'','119,1','','','Berita Resmi Statistik BPS Sumatera Utara TW II 2026');
INSERT INTO realisasi VALUES(9012,3,'','120,4','','','Berita Resmi Statistik BPS Sumatera Utara TW III 2026');
INSERT INTO realisasi VALUES(9014,1,'','5.480','','','Laporan produksi peternakan Distanak TW I 2026');
INSERT INTO realisasi VALUES(9014,2,'','5.610','','','Laporan produksi peternakan Distanak TW II 2026');
INSERT INTO realisasi VALUES(9014,3,'','5.720','','','Laporan produksi peternakan Distanak TW III 2026');
INSERT INTO realisasi VALUES(9016,1,'','83,6','','','Survei IKM DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9016,2,'','84,9','','','Survei IKM DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9016,3,'','85,3','','','Survei IKM DPMPTSP TW III 2026');
INSERT INTO realisasi VALUES(9018,1,'','BB','','','LHE SAKIP KemenPAN-RB 2025 TW I 2026');
INSERT INTO realisasi VALUES(9018,2,'','BB','','','LHE SAKIP KemenPAN-RB 2025 TW II 2026');
INSERT INTO realisasi VALUES(9018,3,'','BB','','','LHE SAKIP KemenPAN-RB 2025 TW III 2026');
INSERT INTO realisasi VALUES(9019,1,'','WTP','','','LHP BPK RI Perwakilan Sumatera Utara TW I 2026');
INSERT INTO realisasi VALUES(9019,2,'','WTP','','','LHP BPK RI Perwakilan Sumatera Utara TW II 2026');
INSERT INTO realisasi VALUES(9019,3,'','WTP','','','LHP BPK RI Perwakilan Sumatera Utara TW III 2026');
INSERT INTO realisasi VALUES(9102,1,'','14','','','Laporan kematian ibu Dinas Kesehatan TW I 2026');
INSERT INTO realisasi VALUES(9102,2,'','16','','','Laporan kematian ibu Dinas Kesehatan TW II 2026');
INSERT INTO realisasi VALUES(9102,3,'','15','','','Laporan kematian ibu Dinas Kesehatan TW III 2026');
INSERT INTO realisasi VALUES(9105,1,'','12,1','','','e-PPGBM Dinas Kesehatan TW I 2026');
INSERT INTO realisasi VALUES(9105,2,'','11,8','','','e-PPGBM Dinas Kesehatan TW II 2026');
INSERT INTO realisasi VALUES(9105,3,'','11,4','','','e-PPGBM Dinas Kesehatan TW III 2026');
INSERT INTO realisasi VALUES(9107,1,'','BB','','','LHE SAKIP Inspektorat 2025 TW I 2026');
INSERT INTO realisasi VALUES(9107,2,'','BB','','','LHE SAKIP Inspektorat 2025 TW II 2026');
INSERT INTO realisasi VALUES(9107,3,'','BB','','','LHE SAKIP Inspektorat 2025 TW III 2026');
INSERT INTO realisasi VALUES(9113,1,'22,5','22,4','','','Laporan KIA Puskesmas TW I 2026');
INSERT INTO realisasi VALUES(9113,2,'22,5','23,1','','','Laporan KIA Puskesmas TW II 2026');
INSERT INTO realisasi VALUES(9113,3,'22,5','22,8','','','Laporan KIA Puskesmas TW III 2026');
INSERT INTO realisasi VALUES(9115,1,'','41','Kader posyandu berhenti setelah insentif terlambat','Insentif kader dibayar dari BOK triwulan II','Laporan Posyandu Dinas Kesehatan TW I 2026');
INSERT INTO realisasi VALUES(9115,2,'','38','Revitalisasi posyandu belum berjalan di 6 kecamatan','Pendampingan camat dan TP-PKK kecamatan','Laporan Posyandu Dinas Kesehatan TW II 2026');
INSERT INTO realisasi VALUES(9115,3,'','35','','','Laporan Posyandu Dinas Kesehatan TW III 2026');
INSERT INTO realisasi VALUES(9120,1,'','76,47','','','Laporan KIA Puskesmas TW I 2026');
INSERT INTO realisasi VALUES(9120,2,'','82,35','','','Laporan KIA Puskesmas TW II 2026');
INSERT INTO realisasi VALUES(9120,3,'','85,29','','','Laporan KIA Puskesmas TW III 2026');
INSERT INTO realisasi VALUES(9121,1,'9.775','9.640','','','Laporan KIA Puskesmas TW I 2026');
INSERT INTO realisasi VALUES(9121,2,'9.775','9.910','','','Laporan KIA Puskesmas TW II 2026');
INSERT INTO realisasi VALUES(9121,3,'9.775','9.870','','','Laporan KIA Puskesmas TW III 2026');
INSERT INTO realisasi VALUES(9122,1,'1.250','1.180','','','Laporan PMT Dinas Kesehatan TW I 2026');
INSERT INTO realisasi VALUES(9122,2,'1.250','1.310','','','Laporan PMT Dinas Kesehatan TW II 2026');
INSERT INTO realisasi VALUES(9122,3,'1.250','1.260','','','Laporan PMT Dinas Kesehatan TW III 2026');
INSERT INTO realisasi VALUES(9202,1,'3','3','','','Notulen rapat koordinasi promosi TW I 2026');
INSERT INTO realisasi VALUES(9202,2,'3','3','','','Notulen rapat koordinasi promosi TW II 2026');
INSERT INTO realisasi VALUES(9202,3,'3','3','','','Notulen rapat koordinasi promosi TW III 2026');
INSERT INTO realisasi VALUES(9204,1,'','1,48','','','Survei lama tinggal Dinas Pariwisata TW I 2026');
INSERT INTO realisasi VALUES(9204,2,'','1,52','','','Survei lama tinggal Dinas Pariwisata TW II 2026');
INSERT INTO realisasi VALUES(9204,3,'','1,57','','','Survei lama tinggal Dinas Pariwisata TW III 2026');
INSERT INTO realisasi VALUES(9206,1,'','BB','','','LHE SAKIP Inspektorat 2025 TW I 2026');
INSERT INTO realisasi VALUES(9206,2,'','BB','','','LHE SAKIP Inspektorat 2025 TW II 2026');
INSERT INTO realisasi VALUES(9206,3,'','BB','','','LHE SAKIP Inspektorat 2025 TW III 2026');
INSERT INTO realisasi VALUES(9212,1,'','5.120','','','Data kunjungan wisman Dinas Pariwisata TW I 2026');
INSERT INTO realisasi VALUES(9212,2,'','5.480','','','Data kunjungan wisman Dinas Pariwisata TW II 2026');
INSERT INTO realisasi VALUES(9212,3,'','5.950','','','Data kunjungan wisman Dinas Pariwisata TW III 2026');
INSERT INTO realisasi VALUES(9216,1,'','35','','','Rekap konten digital Dinas Pariwisata TW I 2026');
INSERT INTO realisasi VALUES(9216,2,'','45','','','Rekap konten digital Dinas Pariwisata TW II 2026');
INSERT INTO realisasi VALUES(9216,3,'','55','','','Rekap konten digital Dinas Pariwisata TW III 2026');
INSERT INTO realisasi VALUES(9217,1,'','6.800','','','Daftar hadir pameran dan festival TW I 2026');
INSERT INTO realisasi VALUES(9217,2,'','7.100','','','Daftar hadir pameran dan festival TW II 2026');
INSERT INTO realisasi VALUES(9217,3,'','71.000','','','Daftar hadir pameran dan festival TW III 2026');
INSERT INTO realisasi VALUES(9218,1,'','42','','','Rekap konten promosi Dinas Pariwisata TW I 2026');
INSERT INTO realisasi VALUES(9218,2,'','47','','','Rekap konten promosi Dinas Pariwisata TW II 2026');
INSERT INTO realisasi VALUES(9218,3,'','45','','','Rekap konten promosi Dinas Pariwisata TW III 2026');
INSERT INTO realisasi VALUES(9302,1,'','318','','','Laporan LKPM OSS RBA TW I 2026');
INSERT INTO realisasi VALUES(9302,2,'','342','','','Laporan LKPM OSS RBA TW II 2026');
INSERT INTO realisasi VALUES(9302,3,'','329','','','Laporan LKPM OSS RBA TW III 2026');
INSERT INTO realisasi VALUES(9304,1,'','80,9','','','Survei IKM DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9304,2,'','81,7','','','Survei IKM DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9304,3,'','82,6','','','Survei IKM DPMPTSP TW III 2026');
INSERT INTO realisasi VALUES(9305,1,'','4,3','','','Rekap SiCantik Cloud DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9305,2,'','4,1','','','Rekap SiCantik Cloud DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9305,3,'','3,9','','','Rekap SiCantik Cloud DPMPTSP TW III 2026');
INSERT INTO realisasi VALUES(9307,1,'','BB','','','LHE SAKIP Inspektorat 2025 TW I 2026');
INSERT INTO realisasi VALUES(9307,2,'','BB','','','LHE SAKIP Inspektorat 2025 TW II 2026');
INSERT INTO realisasi VALUES(9307,3,'','BB','','','LHE SAKIP Inspektorat 2025 TW III 2026');
INSERT INTO realisasi VALUES(9313,1,'','87','','','Rekap SiCantik Cloud DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9313,2,'','89','','','Rekap SiCantik Cloud DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9313,3,'','91','','','Rekap SiCantik Cloud DPMPTSP TW III 2026');
INSERT INTO realisasi VALUES(9314,1,'','88','','','Rekap SP4N-LAPOR! DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9314,2,'','90','','','Rekap SP4N-LAPOR! DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9314,3,'','92','','','Rekap SP4N-LAPOR! DPMPTSP TW III 2026');
INSERT INTO realisasi VALUES(9318,1,'','92','','','Rekap SiCantik Cloud DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9318,2,'','93','','','Rekap SiCantik Cloud DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9318,3,'','95','','','Rekap SiCantik Cloud DPMPTSP TW III 2026');
INSERT INTO realisasi VALUES(9319,1,'','2.610','','','Rekap OSS RBA DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9319,2,'','2.745','','','Rekap OSS RBA DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9320,1,'','870','','','Buku tamu layanan konsultasi DPMPTSP TW I 2026');
INSERT INTO realisasi VALUES(9320,2,'','940','','','Buku tamu layanan konsultasi DPMPTSP TW II 2026');
INSERT INTO realisasi VALUES(9320,3,'','905','','','Buku tamu layanan konsultasi DPMPTSP TW III 2026');
INSERT INTO realisasi VALUES(9402,1,'','103,1','','','Berita Resmi Statistik BPS Sumatera Utara TW I 2026');
INSERT INTO realisasi VALUES(9402,2,'','104,2','','','Berita Resmi Statistik BPS Sumatera Utara TW II 2026');
INSERT INTO realisasi VALUES(9402,3,'','105','','','Berita Resmi Statistik BPS Sumatera Utara TW III 2026');
INSERT INTO realisasi VALUES(9404,1,'','5.480','','','Laporan produksi peternakan Distanak TW I 2026');
INSERT INTO realisasi VALUES(9404,2,'','5.610','','','Laporan produksi peternakan Distanak TW II 2026');
INSERT INTO realisasi VALUES(9404,3,'','5.720','','','Laporan produksi peternakan Distanak TW III 2026');
INSERT INTO realisasi VALUES(9405,1,'','93','','','Laporan pemeriksaan RPH Distanak TW I 2026');
INSERT INTO realisasi VALUES(9405,2,'','94','','','Laporan pemeriksaan RPH Distanak TW II 2026');
INSERT INTO realisasi VALUES(9405,3,'','95','','','Laporan pemeriksaan RPH Distanak TW III 2026');
INSERT INTO realisasi VALUES(9407,1,'','BB','','','LHE SAKIP Inspektorat 2025 TW I 2026');
INSERT INTO realisasi VALUES(9407,2,'','BB','','','LHE SAKIP Inspektorat 2025 TW II 2026');
INSERT INTO realisasi VALUES(9407,3,'','BB','','','LHE SAKIP Inspektorat 2025 TW III 2026');
INSERT INTO realisasi VALUES(9413,1,'','3.050','','','Laporan pemeriksaan kesehatan hewan TW I 2026');
INSERT INTO realisasi VALUES(9413,2,'','3.220','','','Laporan pemeriksaan kesehatan hewan TW II 2026');
INSERT INTO realisasi VALUES(9413,3,'','3.140','','','Laporan pemeriksaan kesehatan hewan TW III 2026');
INSERT INTO realisasi VALUES(9418,1,'','86','','','iSIKHNAS Distanak TW I 2026');
INSERT INTO realisasi VALUES(9418,2,'','88','','','iSIKHNAS Distanak TW II 2026');
INSERT INTO realisasi VALUES(9418,3,'','90','','','iSIKHNAS Distanak TW III 2026');
INSERT INTO realisasi VALUES(9419,1,'12.750','12.400','','','Laporan vaksinasi Distanak TW I 2026');
INSERT INTO realisasi VALUES(9419,2,'12.750','13.100','','','Laporan vaksinasi Distanak TW II 2026');
INSERT INTO realisasi VALUES(9419,3,'12.750','12.850','','','Laporan vaksinasi Distanak TW III 2026');
INSERT INTO realisasi VALUES(9420,1,'','58','','','Laporan pembinaan NKV Distanak TW I 2026');
INSERT INTO realisasi VALUES(9420,2,'','61','','','Laporan pembinaan NKV Distanak TW II 2026');
INSERT INTO realisasi VALUES(9420,3,'','64','','','Laporan pembinaan NKV Distanak TW III 2026');
INSERT INTO realisasi VALUES(9421,1,'','12','','','Daftar unit usaha binaan Distanak TW I 2026');
INSERT INTO realisasi VALUES(9421,2,'','13','','','Daftar unit usaha binaan Distanak TW II 2026');
INSERT INTO realisasi VALUES(9421,3,'','12','','','Daftar unit usaha binaan Distanak TW III 2026');
CREATE TABLE realisasi_anggaran (
    program_id INTEGER NOT NULL REFERENCES pk_program (id) DEFERRABLE INITIALLY DEFERRED,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    amount TEXT NOT NULL,
    PRIMARY KEY (program_id, quarter)) WITHOUT ROWID;
INSERT INTO realisasi_anggaran VALUES(9020,1,'47319300000');
INSERT INTO realisasi_anggaran VALUES(9020,2,'54079200000');
INSERT INTO realisasi_anggaran VALUES(9020,3,'51825900000');
INSERT INTO realisasi_anggaran VALUES(9021,1,'978880000');
INSERT INTO realisasi_anggaran VALUES(9021,2,'1288000000');
INSERT INTO realisasi_anggaran VALUES(9021,3,'1133440000');
INSERT INTO realisasi_anggaran VALUES(9022,1,'1293600000');
INSERT INTO realisasi_anggaran VALUES(9022,2,'1352400000');
INSERT INTO realisasi_anggaran VALUES(9022,3,'1411200000');
INSERT INTO realisasi_anggaran VALUES(9023,1,'3131100000');
INSERT INTO realisasi_anggaran VALUES(9023,2,'3578400000');
INSERT INTO realisasi_anggaran VALUES(9023,3,'3429300000');
INSERT INTO realisasi_anggaran VALUES(9024,1,'368980000');
INSERT INTO realisasi_anggaran VALUES(9024,2,'485500000');
INSERT INTO realisasi_anggaran VALUES(9024,3,'427240000');
INSERT INTO realisasi_anggaran VALUES(9025,1,'796840000');
INSERT INTO realisasi_anggaran VALUES(9025,2,'833060000');
INSERT INTO realisasi_anggaran VALUES(9025,3,'869280000');
INSERT INTO realisasi_anggaran VALUES(9026,1,'1741950000');
INSERT INTO realisasi_anggaran VALUES(9026,2,'1990800000');
INSERT INTO realisasi_anggaran VALUES(9026,3,'1907850000');
INSERT INTO realisasi_anggaran VALUES(9027,1,'1266920000');
INSERT INTO realisasi_anggaran VALUES(9027,2,'1667000000');
INSERT INTO realisasi_anggaran VALUES(9027,3,'1466960000');
INSERT INTO realisasi_anggaran VALUES(9108,1,'47319300000');
INSERT INTO realisasi_anggaran VALUES(9108,2,'54079200000');
INSERT INTO realisasi_anggaran VALUES(9108,3,'51825900000');
INSERT INTO realisasi_anggaran VALUES(9109,1,'978880000');
INSERT INTO realisasi_anggaran VALUES(9109,2,'1288000000');
INSERT INTO realisasi_anggaran VALUES(9109,3,'1133440000');
INSERT INTO realisasi_anggaran VALUES(9110,1,'40783600000');
INSERT INTO realisasi_anggaran VALUES(9110,2,'42637400000');
INSERT INTO realisasi_anggaran VALUES(9110,3,'44491200000');
INSERT INTO realisasi_anggaran VALUES(9116,1,'19492200000');
INSERT INTO realisasi_anggaran VALUES(9116,2,'22276800000');
INSERT INTO realisasi_anggaran VALUES(9116,3,'21348600000');
INSERT INTO realisasi_anggaran VALUES(9117,1,'471200000');
INSERT INTO realisasi_anggaran VALUES(9117,2,'620000000');
INSERT INTO realisasi_anggaran VALUES(9117,3,'545600000');
INSERT INTO realisasi_anggaran VALUES(9123,1,'694680000');
INSERT INTO realisasi_anggaran VALUES(9123,2,'793920000');
INSERT INTO realisasi_anggaran VALUES(9123,3,'760840000');
INSERT INTO realisasi_anggaran VALUES(9124,1,'1151970000');
INSERT INTO realisasi_anggaran VALUES(9124,2,'1515750000');
INSERT INTO realisasi_anggaran VALUES(9124,3,'1333860000');
INSERT INTO realisasi_anggaran VALUES(9207,1,'1234800000');
INSERT INTO realisasi_anggaran VALUES(9207,2,'1411200000');
INSERT INTO realisasi_anggaran VALUES(9207,3,'1352400000');
INSERT INTO realisasi_anggaran VALUES(9208,1,'2832900000');
INSERT INTO realisasi_anggaran VALUES(9208,2,'3727500000');
INSERT INTO realisasi_anggaran VALUES(9208,3,'3280200000');
INSERT INTO realisasi_anggaran VALUES(9209,1,'2253680000');
INSERT INTO realisasi_anggaran VALUES(9209,2,'2356120000');
INSERT INTO realisasi_anggaran VALUES(9209,3,'2458560000');
INSERT INTO realisasi_anggaran VALUES(9213,1,'1098090000');
INSERT INTO realisasi_anggaran VALUES(9213,2,'1254960000');
INSERT INTO realisasi_anggaran VALUES(9213,3,'1202670000');
INSERT INTO realisasi_anggaran VALUES(9219,1,'584220000');
INSERT INTO realisasi_anggaran VALUES(9219,2,'667680000');
INSERT INTO realisasi_anggaran VALUES(9219,3,'639860000');
INSERT INTO realisasi_anggaran VALUES(9220,1,'355110000');
INSERT INTO realisasi_anggaran VALUES(9220,2,'467250000');
INSERT INTO realisasi_anggaran VALUES(9220,3,'411180000');
INSERT INTO realisasi_anggaran VALUES(9308,1,'407820000');
INSERT INTO realisasi_anggaran VALUES(9308,2,'466080000');
INSERT INTO realisasi_anggaran VALUES(9308,3,'446660000');
INSERT INTO realisasi_anggaran VALUES(9309,1,'688180000');
INSERT INTO realisasi_anggaran VALUES(9309,2,'905500000');
INSERT INTO realisasi_anggaran VALUES(9309,3,'796840000');
INSERT INTO realisasi_anggaran VALUES(9310,1,'2837120000');
INSERT INTO realisasi_anggaran VALUES(9310,2,'2966080000');
INSERT INTO realisasi_anggaran VALUES(9310,3,'3095040000');
INSERT INTO realisasi_anggaran VALUES(9315,1,'701190000');
INSERT INTO realisasi_anggaran VALUES(9315,2,'801360000');
INSERT INTO realisasi_anggaran VALUES(9315,3,'767970000');
INSERT INTO realisasi_anggaran VALUES(9321,1,'454230000');
INSERT INTO realisasi_anggaran VALUES(9321,2,'519120000');
INSERT INTO realisasi_anggaran VALUES(9321,3,'497490000');
INSERT INTO realisasi_anggaran VALUES(9322,1,'171570000');
INSERT INTO realisasi_anggaran VALUES(9322,2,'225750000');
INSERT INTO realisasi_anggaran VALUES(9322,3,'198660000');
INSERT INTO realisasi_anggaran VALUES(9408,1,'1741950000');
INSERT INTO realisasi_anggaran VALUES(9408,2,'1990800000');
INSERT INTO realisasi_anggaran VALUES(9408,3,'1907850000');
INSERT INTO realisasi_anggaran VALUES(9409,1,'1266920000');
INSERT INTO realisasi_anggaran VALUES(9409,2,'1667000000');
INSERT INTO realisasi_anggaran VALUES(9409,3,'1466960000');
INSERT INTO realisasi_anggaran VALUES(9410,1,'11119680000');
INSERT INTO realisasi_anggaran VALUES(9410,2,'11625120000');
INSERT INTO realisasi_anggaran VALUES(9410,3,'12130560000');
INSERT INTO realisasi_anggaran VALUES(9414,1,'754110000');
INSERT INTO realisasi_anggaran VALUES(9414,2,'861840000');
INSERT INTO realisasi_anggaran VALUES(9414,3,'825930000');
INSERT INTO realisasi_anggaran VALUES(9415,1,'371070000');
INSERT INTO realisasi_anggaran VALUES(9415,2,'488250000');
INSERT INTO realisasi_anggaran VALUES(9415,3,'429660000');
INSERT INTO realisasi_anggaran VALUES(9422,1,'657090000');
INSERT INTO realisasi_anggaran VALUES(9422,2,'750960000');
INSERT INTO realisasi_anggaran VALUES(9422,3,'719670000');
INSERT INTO realisasi_anggaran VALUES(9423,1,'307230000');
INSERT INTO realisasi_anggaran VALUES(9423,2,'404250000');
INSERT INTO realisasi_anggaran VALUES(9423,3,'355740000');
CREATE TABLE measure_setting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    reporting_year INTEGER NOT NULL,
    closed_quarter INTEGER NOT NULL CHECK (closed_quarter BETWEEN 0 AND 4),
    cap TEXT NOT NULL CHECK (cap IN ('none', '100', '120')),
    negative_formula TEXT NOT NULL CHECK (negative_formula IN ('regulation', 'target-over-realisasi')),
    kendala_below TEXT,
    kategori_scale TEXT NOT NULL);
INSERT INTO measure_setting VALUES(1,2026,3,'none','regulation',NULL,'{"bands":[{"colour":"#a5d6a7","from":"91","inclusive":true,"label":"Sangat Baik"},{"colour":"#c5e1a5","from":"76","inclusive":true,"label":"Baik"},{"colour":"#fff59d","from":"66","inclusive":true,"label":"Cukup"},{"colour":"#ffcc80","from":"51","inclusive":true,"label":"Kurang"},{"colour":"#ef9a9a","label":"Sangat Kurang"}],"id":"lkjip-5","name":"LKjIP, lima tingkat"}');
CREATE TABLE server_origin (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL,
    pulled_at TEXT NOT NULL,
    first_free_id INTEGER NOT NULL,
    last_free_id INTEGER NOT NULL);
CREATE TABLE server_base (
    object_id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    hash TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE content_checksum (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sha256 TEXT NOT NULL);
INSERT INTO content_checksum VALUES(1,'7e511ed6acba4114a5043dc4a56d06c301f98af9411d154c657fa0e29282632f');
COMMIT;
