"""Fighting beside an ally or against an adversary, withdrawals, and a region or city of a state as
where the troops are, in every supported language. Sentences written for these tests."""
import pytest

C, W, D = "combat", "withdrawal", "deployment"

CASES = [
    # --- fighting alongside an ally / against an adversary: the host is where the fighting is ---
    ("en", "Rwandan soldiers are fighting alongside Mozambican forces against insurgents in Cabo Delgado province.",
     {("RW", "MZ", C, None)}),
    ("en", "Belarusian special forces took part in the offensive in Ukraine's Kharkiv region, Kyiv said.",
     {("BY", "UA", C, None)}),
    ("en", "Eritrean forces clashed with Sudan's army in Sudan's eastern border region of Kassala on Tuesday.",
     {("ER", "SD", C, None)}),
    ("de", "Ruandische Soldaten kämpfen an der Seite der mosambikanischen Armee gegen Islamisten in der Provinz "
           "Cabo Delgado.", {("RW", "MZ", C, None)}),
    ("de", "Belarussische Einheiten nahmen an der Offensive im Gebiet Charkiw teil, teilte der ukrainische "
           "Generalstab mit.", {("BY", "UA", C, None)}),
    ("fr", "Des soldats rwandais combattent aux côtés des forces mozambicaines contre les insurgés dans la province "
           "de Cabo Delgado.", {("RW", "MZ", C, None)}),
    ("fr", "Des militaires tchadiens ont pris part à l'offensive dans la région de Tillabéri, au Niger.",
     {("TD", "NE", C, None)}),
    ("es", "Tropas ruandesas combaten junto al ejército mozambiqueño contra los yihadistas en Cabo Delgado.",
     {("RW", "MZ", C, None)}),
    ("es", "Soldados bielorrusos participaron en la ofensiva en la región de Járkov, según Kiev.",
     {("BY", "UA", C, None)}),
    ("pt", "Soldados tanzanianos lutam ao lado do exército moçambicano na província do Niassa.",
     {("TZ", "MZ", C, None)}),
    ("ru", "Российские военные воюют на стороне малийской армии против повстанцев на севере страны.",
     {("RU", "ML", C, None)}),
    ("ru", "Белорусские военные приняли участие в наступлении в Харьковской области, сообщили в Киеве.",
     {("BY", "UA", C, None)}),
    ("uk", "Північнокорейські військові брали участь у наступі в Курській області.", {("KP", "RU", C, None)}),
    ("uk", "Кенійські військові воюють пліч-о-пліч із сомалійською армією проти бойовиків.", {("KE", "SO", C, None)}),
    ("ar", "تقاتل القوات الرواندية إلى جانب الجيش الموزمبيقي ضد المتمردين في إقليم كابو ديلغادو.",
     {("RW", "MZ", C, None)}),
    ("ar", "وشارك جنود بيلاروسيون في الهجوم في منطقة خاركيف، بحسب كييف.", {("BY", "UA", C, None)}),
    ("tr", "Ruandalı askerler, Mozambik ordusuyla birlikte Cabo Delgado eyaletinde isyancılara karşı savaşıyor.",
     {("RW", "MZ", C, None)}),
    ("tr", "Belaruslu askerler Harkiv bölgesindeki saldırıya katıldı.", {("BY", "UA", C, None)}),
    ("id", "Pasukan Rwanda bertempur bersama tentara Mozambik melawan pemberontak di provinsi Cabo Delgado.",
     {("RW", "MZ", C, None)}),
    ("id", "Tentara Belarus ikut serta dalam serangan di wilayah Kharkiv, kata Kyiv.", {("BY", "UA", C, None)}),
    ("ms", "Askar Rwanda berjuang bersama tentera Mozambique menentang pemberontak di wilayah Cabo Delgado.",
     {("RW", "MZ", C, None)}),
    ("ms", "Tentera Belarus menyertai serangan di wilayah Kharkiv, menurut Kyiv.", {("BY", "UA", C, None)}),
    ("ja", "ルワンダ軍はモザンビーク軍とともにカボデルガド州で武装勢力と戦っている。", {("RW", "MZ", C, None)}),
    ("ja", "ベラルーシ兵がハルキウ州での攻勢に参加したとウクライナ側が明らかにした。", {("BY", "UA", C, None)}),
    ("ko", "르완다군은 모잠비크군과 함께 카보델가두주에서 반군과 싸우고 있다.", {("RW", "MZ", C, None)}),
    ("ko", "벨라루스 군인들이 하르키우주 공세에 참여했다고 우크라이나 측이 밝혔다.", {("BY", "UA", C, None)}),
    ("zh", "卢旺达军队与莫桑比克军队并肩作战，在德尔加杜角省打击叛乱分子。", {("RW", "MZ", C, None)}),
    ("zh", "基辅方面称，白俄罗斯士兵参加了在哈尔科夫州的攻势。", {("BY", "UA", C, None)}),

    # --- withdrawal ---
    ("en", "The last Danish soldiers left Iraq on Sunday, ending a twenty-year mission.", {("DK", "IQ", W, None)}),
    ("en", "Estonia completed the pull-out of its contingent from Mali last month.", {("EE", "ML", W, None)}),
    ("en", "Washington will withdraw 1,500 troops from Syria by March, a Pentagon official said.",
     {("US", "SY", W, 1500)}),
    ("en", "About 350 Zambian peacekeepers returned home from the Central African Republic on Friday.",
     {("ZM", "CF", W, 350)}),
    ("de", "Die letzten deutschen Soldaten haben Niger am Samstag verlassen.", {("DE", "NE", W, None)}),
    ("de", "Die USA wollen bis März 1.000 Soldaten aus dem Irak abziehen.", {("US", "IQ", W, 1000)}),
    ("de", "Estland hat den Abzug seines Kontingents aus Mali abgeschlossen.", {("EE", "ML", W, None)}),
    ("fr", "Les derniers militaires belges ont quitté le Mali jeudi.", {("BE", "ML", W, None)}),
    ("fr", "Le Canada retirera 500 soldats de Lettonie d'ici mars.", {("CA", "LV", W, 500)}),
    ("fr", "L'Allemagne a achevé le retrait de son contingent du Niger.", {("DE", "NE", W, None)}),
    ("es", "Los últimos soldados españoles salieron de Afganistán el jueves.", {("ES", "AF", W, None)}),
    ("es", "Estados Unidos retirará 2.000 soldados de Irak antes de marzo.", {("US", "IQ", W, 2000)}),
    ("es", "Unos 250 cascos azules uruguayos regresaron a casa desde el Congo.", {("UY", "CD", W, 250)}),
    ("pt", "Os últimos militares brasileiros deixaram o Haiti nesta sexta-feira.", {("BR", "HT", W, None)}),
    ("pt", "Os Estados Unidos vão retirar 1.200 soldados do Iraque até março.", {("US", "IQ", W, 1200)}),
    ("pt", "Portugal concluiu a retirada do seu contingente da República Centro-Africana.", {("PT", "CF", W, None)}),
    ("ru", "Последние французские военные покинули Нигер в пятницу.", {("FR", "NE", W, None)}),
    ("ru", "США выведут 1000 военнослужащих из Ирака к марту.", {("US", "IQ", W, 1000)}),
    ("ru", "Казахстан завершил вывод своего контингента из Армении.", {("KZ", "AM", W, None)}),
    ("uk", "Останні французькі військові залишили Малі.", {("FR", "ML", W, None)}),
    ("uk", "Німеччина виведе 500 військових з Литви до березня.", {("DE", "LT", W, 500)}),
    ("uk", "Близько 400 непальських миротворців повернулися додому з Лівану.", {("NP", "LB", W, 400)}),
    ("ar", "غادر آخر الجنود الفرنسيين النيجر يوم الجمعة.", {("FR", "NE", W, None)}),
    ("ar", "ستسحب الولايات المتحدة 1000 جندي من العراق بحلول مارس.", {("US", "IQ", W, 1000)}),
    ("ar", "أكملت ألمانيا سحب وحدتها العسكرية من مالي.", {("DE", "ML", W, None)}),
    ("tr", "Son Fransız askerleri cuma günü Nijer'den ayrıldı.", {("FR", "NE", W, None)}),
    ("tr", "ABD mart ayına kadar Irak'tan 1.000 askerini çekecek.", {("US", "IQ", W, 1000)}),
    ("tr", "Yaklaşık 300 Bangladeşli barış gücü askeri Güney Sudan'dan ülkelerine döndü.", {("BD", "SS", W, 300)}),
    ("id", "Tentara Prancis terakhir meninggalkan Niger pada hari Jumat.", {("FR", "NE", W, None)}),
    ("id", "Amerika Serikat akan menarik 1.000 tentara dari Irak pada Maret.", {("US", "IQ", W, 1000)}),
    ("id", "Sekitar 800 prajurit TNI kembali ke tanah air dari Lebanon pekan ini.", {("ID", "LB", W, 800)}),
    ("ms", "Askar Perancis terakhir meninggalkan Niger pada hari Jumaat.", {("FR", "NE", W, None)}),
    ("ms", "Amerika Syarikat akan mengundurkan 1,000 askar dari Iraq menjelang Mac.", {("US", "IQ", W, 1000)}),
    ("ms", "Kira-kira 850 anggota tentera Malaysia telah pulang ke tanah air dari Lubnan.", {("MY", "LB", W, 850)}),
    ("ja", "最後のフランス兵が金曜日にニジェールを離れた。", {("FR", "NE", W, None)}),
    ("ja", "米国は3月までにイラクから1000人の部隊を撤退させる。", {("US", "IQ", W, 1000)}),
    ("ja", "ドイツはマリからの部隊の撤収を完了した。", {("DE", "ML", W, None)}),
    ("ko", "마지막 프랑스군이 금요일 니제르를 떠났다.", {("FR", "NE", W, None)}),
    ("ko", "미국은 3월까지 이라크에서 병력 1천 명을 철수할 예정이다.", {("US", "IQ", W, 1000)}),
    ("ko", "독일은 말리에서 자국 부대의 철수를 완료했다.", {("DE", "ML", W, None)}),
    ("zh", "最后一批法国士兵周五离开尼日尔。", {("FR", "NE", W, None)}),
    ("zh", "美国将在3月前从伊拉克撤出1000名士兵。", {("US", "IQ", W, 1000)}),
    ("zh", "德国已完成从马里撤出其部队。", {("DE", "ML", W, None)}),

    # --- a region or city of a state as where the troops are ---
    ("en", "Indian peacekeepers are deployed in North Kivu.", {("IN", "CD", D, None)}),
    ("en", "Some 200 Turkish commandos were flown to Misrata on Monday.", {("TR", "LY", D, 200)}),
    ("de", "Ruandische Truppen wurden in die Provinz Nord-Kivu verlegt.", {("RW", "CD", D, None)}),
    ("fr", "Des soldats burundais ont été déployés au Sud-Kivu.", {("BI", "CD", D, None)}),
    ("es", "Militares cubanos fueron desplegados en el estado de Zulia.", {("CU", "VE", D, None)}),
    ("pt", "Soldados ruandeses foram destacados para a província de Nampula.", {("RW", "MZ", D, None)}),
    ("ru", "Руандийские военные переброшены в провинцию Северное Киву.", {("RW", "CD", D, None)}),
    ("uk", "Британські інструктори прибули до Львівської області.", {("GB", "UA", D, None)}),
    ("ar", "نشرت تركيا قوات إضافية في محافظة دهوك.", {("TR", "IQ", D, None)}),
    ("tr", "Türk askerleri Duhok bölgesine konuşlandırıldı.", {("TR", "IQ", D, None)}),
    ("id", "Sekitar 200 prajurit TNI dikerahkan ke Kivu Utara.", {("ID", "CD", D, 200)}),
    ("ms", "Tentera Malaysia ditempatkan di selatan Lubnan.", {("MY", "LB", D, None)}),
    ("ja", "中国の平和維持部隊が南キブ州に派遣された。", {("CN", "CD", D, None)}),
    ("ko", "인도 평화유지군이 북키부주에 배치됐다.", {("IN", "CD", D, None)}),
    ("zh", "中国维和部队部署在南基伍省。", {("CN", "CD", D, None)}),
    # a region of several states is no host
    ("en", "French troops were deployed in the Sahel.", set()),
    ("fr", "Des soldats américains sont déployés au Sahel.", set()),
]


def rows(analyzer, lang, text):
    a = analyzer.analyze(text, language=lang, published_at="2025-06-02")
    return a.is_deployment_story, {(c["sender"], c["host"], c["claim_type"], c["count"]) for c in a.claims}


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_combat_withdrawal_region(analyzer, lang, text, expected):
    story, got = rows(analyzer, lang, text)
    assert got == expected and (story or not expected)
