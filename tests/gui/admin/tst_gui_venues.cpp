// Reserved seating in the admin window, against a real server: a manager imports a venue layout
// file, sees it drawn and counted before saving it, creates a reserved performance in it, makes a
// price category of a rectangle of seats dragged on the map, blocks a row, and the server's seat
// map says the same; seats held by a buyer show up live and cannot be moved. Every input and
// button of these pages has a name a screen reader can read, and no window has two mnemonics on
// the same key.
#include "admin/adminwindow.h"
#include "admin/catalogpage.h"
#include "admin/pricecategorydialog.h"
#include "admin/seatcategoriesdialog.h"
#include "admin/venuelayoutfile.h"
#include "admin/venuelistmodel.h"
#include "admin/venuespage.h"
#include "core/serverconnection.h"
#include "seatmap/seatmapview.h"
#include "shared/jsonfields.h"
#include "shared/methods.h"
#include "support/catalogseed.h"
#include "support/serverfixture.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGraphicsView>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mq;
using namespace mq::client;

namespace {

// A small hall: Stalls rows A–C of ten seats (A1 a wheelchair place, A2 its companion seat, C10
// behind a pillar) and a Balcony row of six. 36 seats, as a bare layout (no name).
QJsonObject smallHall()
{
    QJsonArray stallsRows;
    for (int r = 0; r < 3; ++r) {
        QJsonArray seats;
        for (int n = 1; n <= 10; ++n) {
            QJsonObject seat{{u"label"_s, QString::number(n)}, {u"x"_s, n}, {u"y"_s, r + 1}};
            if (r == 0 && n == 1)
                seat.insert(u"accessible"_s, true);
            if (r == 0 && n == 2)
                seat.insert(u"companion"_s, true);
            if (r == 2 && n == 10) {
                seat.insert(u"restrictedView"_s, true);
                seat.insert(u"note"_s, u"Pillar"_s);
            }
            if (n == 5)
                seat.insert(u"aisleAfter"_s, true);
            seats.append(seat);
        }
        stallsRows.append(QJsonObject{{u"label"_s, QString(QChar(u'A' + r))}, {u"seats"_s, seats}});
    }
    QJsonArray balconySeats;
    for (int n = 1; n <= 6; ++n)
        balconySeats.append(
            QJsonObject{{u"label"_s, QString::number(n)}, {u"x"_s, n + 2}, {u"y"_s, 6}});
    return {{u"focus"_s, QJsonObject{{u"x"_s, 5.5}, {u"y"_s, 0}}},
            {u"sections"_s,
             QJsonArray{
                 QJsonObject{{u"name"_s, u"Stalls"_s}, {u"rows"_s, stallsRows}},
                 QJsonObject{{u"name"_s, u"Balcony"_s},
                             {u"rows"_s, QJsonArray{QJsonObject{{u"label"_s, u"A"_s},
                                                                {u"seats"_s, balconySeats}}}}}}}};
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

} // namespace

class TestGuiVenues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void placesAreSaidInWords();
    void badLayoutIsExplainedInPlace();
    void serverRefusalNamesThePlace();
    void importShowsThePreviewThenSaves();
    void reservedPerformanceInTheVenue();
    void priceCategoryFromADraggedRectangle();
    void blockARow();
    void heldSeatsAreLiveAndCannotMove();
    void everyInputHasANameAndMnemonicsAreUnique();
    void venueInUseCannotBeDeleted();

private:
    template <typename T> static T *child(QObject *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    static bool signIn(ServerConnection &connection, quint16 port, const QString &username);
    static void clickRow(QTableView *view, int row);
    static int rowWithText(QAbstractItemModel *model, int column, const QString &text);
    // Drags a rubber band over the viewport with the left button held.
    static void drag(QWidget *viewport, const QPoint &from, const QPoint &to);
    void answerNextMessageBox(QMessageBox::StandardButton button);
    // The server's seat map of the performance: status letters and category per seat id.
    bool serverMap(QString *status, QList<Id> *categories);
    // Every visible input and button under `root` that a screen reader finds no name for.
    static QStringList unnamedControls(QWidget *root);
    // Mnemonic keys used more than once among the visible labels and buttons under `root`
    // (and the menu bar's titles, when there is one).
    static QStringList duplicateMnemonics(QWidget *root);
    QTreeWidgetItem *rowItem(QTreeWidget *tree, const QString &section, const QString &row);

    QTemporaryDir m_dir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
    ServerConnection m_connection;
    std::unique_ptr<AdminWindow> m_window;
    Id m_venueId = 0;
    Id m_performanceId = 0;
    Id m_categoryId = 0;
    QList<Id> m_seatIds; // the venue's seat ids in seat order
};

void TestGuiVenues::initTestCase()
{
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    // What the window remembers (the last venue) goes to a settings file of this run.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(signIn(m_connection, m_fixture.port(), u"manager"_s));
    m_window = std::make_unique<AdminWindow>(&m_connection);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(child<QTableView>(m_window.get(), u"eventsTableView"_s)->isEnabled());
    QTRY_VERIFY(m_window->venuesPage()->model()->hasLoaded());
}

void TestGuiVenues::cleanup()
{
    if (QTest::currentTestFailed())
        m_fixture.server().printDiagnostics();
}

void TestGuiVenues::cleanupTestCase()
{
    m_window.reset();
    QVERIFY2(m_fixture.server().isRunning(), "the server died during the tests");
    QCOMPARE(m_fixture.server().stop(), 0);
}

bool TestGuiVenues::signIn(ServerConnection &connection, quint16 port, const QString &username)
{
    connection.setServer(ServerAddress{u"127.0.0.1"_s, port, false});
    connection.open();
    QSignalSpy authenticated(&connection, &ServerConnection::authenticated);
    connection.login(username, ServerFixture::staffPassword(), nullptr, {});
    return authenticated.wait(15000) && connection.isAuthenticated();
}

void TestGuiVenues::clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int TestGuiVenues::rowWithText(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestGuiVenues::drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    constexpr int Steps = 6;
    for (int i = 1; i <= Steps; ++i) {
        const QPoint p = from + (to - from) * i / Steps;
        QMouseEvent move(QEvent::MouseMove, QPointF(p), QPointF(viewport->mapToGlobal(p)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void TestGuiVenues::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, this, [this, button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        }
        answerNextMessageBox(button);
    });
}

bool TestGuiVenues::serverMap(QString *status, QList<Id> *categories)
{
    auto manager = m_fixture.loginAs(u"manager"_s);
    if (!manager)
        return false;
    const auto r =
        manager->call(methodName(Method::SeatsGetMap), {{u"performanceId"_s, m_performanceId}});
    if (!r.ok) {
        qWarning() << r.toString();
        return false;
    }
    *status = r.result.value(u"status"_s).toString();
    categories->clear();
    for (const QJsonValue &v : r.result.value(u"categories"_s).toArray())
        categories->append(jsonInteger(v).value_or(-1));
    return true;
}

QStringList TestGuiVenues::unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root->window()) || !w->isVisible())
            continue;
        const bool control =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QPlainTextEdit *>(w) ||
            (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w)) ||
            qobject_cast<QGraphicsView *>(w);
        if (!control)
            continue;
        // The line edit inside a spin box or combo box is named by its owner.
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                                             qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << u"%1 (%2)"_s.arg(w->objectName(),
                                        QString::fromLatin1(w->metaObject()->className()));
    }
    return unnamed;
}

QStringList TestGuiVenues::duplicateMnemonics(QWidget *root)
{
    static const QRegularExpression mnemonic(u"(?<!&)&([^&\\s])"_s);
    QHash<QString, QStringList> keys;
    const auto add = [&](const QString &text) {
        const QRegularExpressionMatch m = mnemonic.match(text);
        if (m.hasMatch())
            keys[m.captured(1).toLower()] << text;
    };
    if (auto *window = qobject_cast<QMainWindow *>(root->window()); window && window->menuBar()) {
        for (QAction *action : window->menuBar()->actions())
            add(action->text());
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
    }
    QStringList duplicates;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << it.key() + u": "_s + it.value().join(u", "_s);
    }
    return duplicates;
}

QTreeWidgetItem *TestGuiVenues::rowItem(QTreeWidget *tree, const QString &section,
                                        const QString &row)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *s = tree->topLevelItem(i);
        if (s->text(0) != section)
            continue;
        if (row.isEmpty())
            return s;
        for (int j = 0; j < s->childCount(); ++j) {
            if (s->child(j)->text(0).endsWith(u' ' + row))
                return s->child(j);
        }
    }
    return nullptr;
}

void TestGuiVenues::placesAreSaidInWords()
{
    const QJsonObject hall = smallHall();
    QCOMPARE(VenueLayoutFile::describe(u"layout.sections[0].rows[2].seats[5].label"_s, hall),
             u"Section “Stalls”, row “C”, seat “6”: label"_s);
    QCOMPARE(VenueLayoutFile::describe(u"layout.sections[1].rows[0]"_s, hall),
             u"Section “Balcony”, row “A”"_s);
    QCOMPARE(VenueLayoutFile::describe(u"layout.sections"_s, hall), u"The layout"_s);
    QCOMPARE(VenueLayoutFile::describe(u"layout.focus.x"_s, hall), u"The focus: x"_s);
    // Beyond the file's own entries: positions instead of names.
    QCOMPARE(VenueLayoutFile::describe(u"layout.sections[5].rows[0]"_s, hall),
             u"Section 6, row number 1"_s);
    QCOMPARE(
        VenueLayoutFile::describeProblem(u"layout.sections[0].name"_s, u"must be short"_s, hall),
        u"Section “Stalls”: name — must be short"_s);
    QCOMPARE(VenueLayoutFile::count(hall).seats, 36);
    QVERIFY(VenueLayoutFile::check(hall).isEmpty());
}

void TestGuiVenues::badLayoutIsExplainedInPlace()
{
    AdminWindow *w = m_window.get();
    child<QTabWidget>(w, u"adminTabWidget"_s)->setCurrentIndex(AdminWindow::VenuesTab);
    VenuesPage *page = w->venuesPage();

    // Row "A" twice in the stalls, and a seat without a label in the balcony.
    QJsonObject layout = smallHall();
    QJsonArray sections = layout.value(u"sections"_s).toArray();
    QJsonObject stalls = sections.at(0).toObject();
    QJsonArray rows = stalls.value(u"rows"_s).toArray();
    QJsonObject rowB = rows.at(1).toObject();
    rowB.insert(u"label"_s, u"A"_s);
    rows.replace(1, rowB);
    stalls.insert(u"rows"_s, rows);
    sections.replace(0, stalls);
    QJsonObject balcony = sections.at(1).toObject();
    QJsonArray balconyRows = balcony.value(u"rows"_s).toArray();
    QJsonObject balconyRow = balconyRows.at(0).toObject();
    QJsonArray seats = balconyRow.value(u"seats"_s).toArray();
    QJsonObject seat = seats.at(3).toObject();
    seat.insert(u"label"_s, u""_s);
    seats.replace(3, seat);
    balconyRow.insert(u"seats"_s, seats);
    balconyRows.replace(0, balconyRow);
    balcony.insert(u"rows"_s, balconyRows);
    sections.replace(1, balcony);
    layout.insert(u"sections"_s, sections);
    const QString path = m_dir.filePath(u"broken-hall.json"_s);
    QVERIFY(writeJson(path, layout));

    page->importFile(path);
    auto *problems = child<QListWidget>(w, u"layoutProblemsListWidget"_s);
    QTRY_VERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 2);
    // The places in words, with the file's own names, not as JSON paths.
    QVERIFY2(problems->item(0)->text().contains(u"“Stalls”"_s) &&
                 problems->item(0)->text().contains(u"“A”"_s),
             qPrintable(problems->item(0)->text()));
    QVERIFY2(!problems->item(0)->text().contains(u"sections["_s),
             qPrintable(problems->item(0)->text()));
    QVERIFY2(problems->item(1)->text().contains(u"“Balcony”"_s) &&
                 problems->item(1)->text().contains(u"4"_s),
             qPrintable(problems->item(1)->text()));
    QVERIFY(!child<QPushButton>(w, u"saveVenuePushButton"_s)->isEnabled());
    auto *message = child<QLabel>(w, u"venueMessageLabel"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("role").toString(), u"error"_s);

    // Not JSON at all: said with the line.
    const QString garbage = m_dir.filePath(u"garbage.json"_s);
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"sections\": [\n  {\"name\": \"Stalls\",,}\n]}");
    }
    page->importFile(garbage);
    QTRY_VERIFY2(message->text().contains(u"line 2"_s), qPrintable(message->text()));
    QVERIFY(!child<QPushButton>(w, u"saveVenuePushButton"_s)->isEnabled());
}

void TestGuiVenues::serverRefusalNamesThePlace()
{
    // A control character in a seat label passes the checks here; the server refuses it with
    // data.field naming the seat, and the window says where that is.
    QJsonObject layout = smallHall();
    QJsonArray sections = layout.value(u"sections"_s).toArray();
    QJsonObject stalls = sections.at(0).toObject();
    QJsonArray rows = stalls.value(u"rows"_s).toArray();
    QJsonObject rowA = rows.at(0).toObject();
    QJsonArray seats = rowA.value(u"seats"_s).toArray();
    QJsonObject seat = seats.at(2).toObject();
    seat.insert(u"label"_s, QString(u"3"_s + QChar(u'\0')));
    seats.replace(2, seat);
    rowA.insert(u"seats"_s, seats);
    rows.replace(0, rowA);
    stalls.insert(u"rows"_s, rows);
    sections.replace(0, stalls);
    layout.insert(u"sections"_s, sections);
    const QString path = m_dir.filePath(u"control-character.json"_s);
    QVERIFY(writeJson(path, QJsonObject{{u"name"_s, u"Odd Hall"_s}, {u"layout"_s, layout}}));

    AdminWindow *w = m_window.get();
    w->venuesPage()->importFile(path);
    auto *save = child<QPushButton>(w, u"saveVenuePushButton"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto *problems = child<QListWidget>(w, u"layoutProblemsListWidget"_s);
    QTRY_VERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 1);
    const QString text = problems->item(0)->text();
    QVERIFY2(text.startsWith(u"Section “Stalls”, row “A”, seat number 3: label"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"sections["_s), qPrintable(text));
    QCOMPARE(rowWithText(w->venuesPage()->model(), VenueListModel::NameColumn, u"Odd Hall"_s), -1);
    w->venuesPage()->discardImport();
}

void TestGuiVenues::importShowsThePreviewThenSaves()
{
    AdminWindow *w = m_window.get();
    VenuesPage *page = w->venuesPage();
    const QString path = m_dir.filePath(u"small-hall.json"_s);
    QVERIFY(writeJson(path, smallHall()));

    page->importFile(path);
    // Drawn and counted before anything is sent.
    auto *map = child<SeatMapView>(w, u"venueSeatMapView"_s);
    QTRY_COMPARE(map->seatCount(), 36);
    QVERIFY(map->isVisible());
    QCOMPARE(child<QLabel>(w, u"seatsStatLabel"_s)->text(), u"36"_s);
    QCOMPARE(child<QLabel>(w, u"sectionsStatLabel"_s)->text(), u"2"_s);
    QCOMPARE(child<QLabel>(w, u"rowsStatLabel"_s)->text(), u"4"_s);
    QCOMPARE(child<QLabel>(w, u"accessibleStatLabel"_s)->text(), u"1"_s);
    QCOMPARE(child<QLabel>(w, u"companionStatLabel"_s)->text(), u"1"_s);
    QCOMPARE(child<QLabel>(w, u"restrictedStatLabel"_s)->text(), u"1"_s);
    QVERIFY(child<QLabel>(w, u"venueSectionsLabel"_s)->text().contains(u"Balcony 6"_s));
    QVERIFY(!child<QListWidget>(w, u"layoutProblemsListWidget"_s)->isVisible());
    auto *models = page->model();
    const int venuesBefore = models->rowCount();

    // A bare layout has no name: it is asked for, in place.
    auto *name = child<QLineEdit>(w, u"venueNameLineEdit"_s);
    QVERIFY(name->isVisible());
    QVERIFY(name->text().isEmpty());
    auto *save = child<QPushButton>(w, u"saveVenuePushButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(name->property("error").toBool());
    QCOMPARE(models->rowCount(), venuesBefore); // nothing sent

    QTest::keyClicks(name, u"Test Hall"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(rowWithText(models, VenueListModel::NameColumn, u"Test Hall"_s) >= 0);
    const int row = rowWithText(models, VenueListModel::NameColumn, u"Test Hall"_s);
    QCOMPARE(models->index(row, VenueListModel::SeatsColumn).data().toString(), u"36"_s);
    m_venueId = models->index(row, 0).data(VenueListModel::IdRole).toLongLong();
    QVERIFY(m_venueId > 0);
    // Now shown as the saved venue, no longer as a file to import.
    QTRY_VERIFY(!name->isVisible());
    QCOMPARE(child<QLabel>(w, u"venueTitleLabel"_s)->text(), u"Test Hall"_s);
    QTRY_COMPARE(map->seatCount(), 36);

    // The server has it, seats and all.
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const auto venue =
        manager->call(methodName(Method::CatalogGetVenue), {{u"venueId"_s, m_venueId}});
    QVERIFY2(venue.ok, qPrintable(venue.toString()));
    QCOMPARE(venue.result.value(u"venue"_s).toObject().value(u"seatCount"_s).toInt(), 36);
    QCOMPARE(venue.result.value(u"venue"_s).toObject().value(u"name"_s).toString(), u"Test Hall"_s);
    for (int i = 0; i < map->seatCount(); ++i)
        m_seatIds.append(map->venueLayout().seat(i).id);
}

void TestGuiVenues::reservedPerformanceInTheVenue()
{
    QVERIFY(m_venueId > 0);
    AdminWindow *w = m_window.get();
    child<QTabWidget>(w, u"adminTabWidget"_s)->setCurrentIndex(AdminWindow::CatalogTab);

    QTest::mouseClick(child<QPushButton>(w, u"newEventPushButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(w, u"titleLineEdit"_s), u"Seated Gala"_s);
    QTest::mouseClick(child<QPushButton>(w, u"saveEventPushButton"_s), Qt::LeftButton);
    auto *startsAt = child<QLineEdit>(w, u"startsAtLineEdit"_s);
    QTRY_VERIFY(startsAt->isEnabled());

    // General admission by default; the venue choice and the single-seat rule appear for reserved.
    auto *seating = child<QComboBox>(w, u"seatingComboBox"_s);
    auto *venues = child<QComboBox>(w, u"venueComboBox"_s);
    auto *noSingle = child<QCheckBox>(w, u"noSingleSeatsCheckBox"_s);
    QCOMPARE(seating->currentData().toString(), SeatingGeneral);
    QVERIFY(!venues->isVisible());
    QVERIFY(!noSingle->isVisible());
    seating->setCurrentIndex(seating->findData(SeatingReserved));
    QTRY_VERIFY(venues->isVisible());
    QVERIFY(noSingle->isVisible());
    venues->setCurrentIndex(venues->findText(u"Test Hall"_s));
    // The venue's name is the venue text unless one is typed.
    QCOMPARE(child<QLineEdit>(w, u"venueLineEdit"_s)->text(), u"Test Hall"_s);
    noSingle->setChecked(true);
    startsAt->selectAll();
    QTest::keyClicks(startsAt, QDate::currentDate().addDays(20).toString(u"yyyy-MM-dd"_s) + u" 19:30"_s);
    QTest::mouseClick(child<QPushButton>(w, u"savePerformancePushButton"_s), Qt::LeftButton);
    auto *performances = child<QTableView>(w, u"performancesTableView"_s);
    QTRY_COMPARE(performances->model()->rowCount(), 1);
    m_performanceId = performances->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    QVERIFY(m_performanceId > 0);

    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const auto r = manager->call(methodName(Method::CatalogGetPerformance),
                                 {{u"performanceId"_s, m_performanceId}});
    QVERIFY2(r.ok, qPrintable(r.toString()));
    const Performance p = Performance::fromJson(r.result.value(u"performance"_s).toObject());
    QCOMPARE(p.seating, SeatingReserved);
    QCOMPARE(p.venueId.value_or(0), m_venueId);
    QVERIFY(p.noSingleSeats);
    QCOMPARE(p.venue, u"Test Hall"_s);

    // Saved: how it is sold is fixed now; its price categories are made on the seat map.
    QVERIFY(!seating->isEnabled());
    QVERIFY(!venues->isEnabled());
    QTRY_VERIFY(child<QPushButton>(w, u"seatsAndPricesPushButton"_s)->isVisible());
    QVERIFY(!child<QPushButton>(w, u"newTicketTypePushButton"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(w, u"ticketTypeNameLineEdit"_s)->isEnabled());
}

void TestGuiVenues::priceCategoryFromADraggedRectangle()
{
    QVERIFY(m_performanceId > 0);
    AdminWindow *w = m_window.get();
    QTest::mouseClick(child<QPushButton>(w, u"seatsAndPricesPushButton"_s), Qt::LeftButton);
    SeatCategoriesDialog *dialog = w->catalogPage()->seatCategoriesDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(dialog->isLoaded());
    SeatMapView *map = dialog->seatMap();
    QCOMPARE(map->seatCount(), 36);
    for (int i = 0; i < 36; ++i)
        QCOMPARE(map->seatState(i), SeatState::NotOnSale); // no category yet
    map->fitToView();

    // A rectangle around Stalls rows A and B, seats 1 to 5 (indexes 0–4 and 10–14).
    const QPoint a1 = map->seatViewportPos(0);
    const QPoint a2 = map->seatViewportPos(1);
    const QPoint b5 = map->seatViewportPos(14);
    const int half = qMax(3, (a2.x() - a1.x()) * 4 / 10);
    drag(map->viewport(), a1 - QPoint(half, half), b5 + QPoint(half, half));
    QTRY_COMPARE(map->selectedSeatIds().size(), 10);
    for (int i : {0, 4, 10, 14})
        QVERIFY(map->isSeatSelected(i));
    QVERIFY(!map->isSeatSelected(5));
    QVERIFY2(child<QLabel>(dialog, u"selectionSummaryLabel"_s)->text().contains(u"10"_s),
             qPrintable(child<QLabel>(dialog, u"selectionSummaryLabel"_s)->text()));

    // "New price category…": name and price, then create.
    auto *newCategory = child<QPushButton>(dialog, u"newCategoryPushButton"_s);
    QVERIFY(newCategory->isEnabled());
    QTest::mouseClick(newCategory, Qt::LeftButton);
    PriceCategoryDialog *ask = nullptr;
    QTRY_VERIFY((ask = dialog->findChild<PriceCategoryDialog *>()) && ask->isVisible());
    QTest::keyClicks(child<QLineEdit>(ask, u"categoryNameLineEdit"_s), u"Front stalls"_s);
    QTest::keyClicks(child<QLineEdit>(ask, u"categoryPriceLineEdit"_s), u"88.50"_s);
    QTest::mouseClick(child<QPushButton>(ask, u"createCategoryPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(dialog->ticketTypes().size(), 1);
    const TicketType created = dialog->ticketTypes().first();
    QCOMPARE(created.name, u"Front stalls"_s);
    QCOMPARE(created.priceCents, Cents(8850));
    m_categoryId = created.id;

    // The map follows (through seats.changed) and the server agrees, seat by seat.
    QTRY_COMPARE(map->seatCategory(0), m_categoryId);
    QTRY_COMPARE(map->seatState(14), SeatState::Available);
    QString status;
    QList<Id> categories;
    QVERIFY(serverMap(&status, &categories));
    QCOMPARE(status.size(), 36);
    for (int i = 0; i < 36; ++i) {
        const bool inRectangle = (i < 5) || (i >= 10 && i < 15);
        QCOMPARE(categories.at(i), inRectangle ? m_categoryId : 0);
        QCOMPARE(status.at(i), inRectangle ? u'a' : u'x');
    }
    // The catalog shows the category with its 10 seats as capacity.
    auto *ticketTypes = child<QTableView>(w, u"ticketTypesTableView"_s);
    QTRY_COMPARE(ticketTypes->model()->rowCount(), 1);
    QTRY_COMPARE(ticketTypes->model()->index(0, 2).data().toLongLong(), 10);
    clickRow(ticketTypes, 0);
    auto *capacity = child<QSpinBox>(w, u"capacitySpinBox"_s);
    QTRY_COMPARE(capacity->value(), 10);
    QVERIFY(capacity->isReadOnly()); // counted from the seats
}

void TestGuiVenues::blockARow()
{
    QVERIFY(m_categoryId > 0);
    SeatCategoriesDialog *dialog = m_window->catalogPage()->seatCategoriesDialog();
    QVERIFY(dialog);
    SeatMapView *map = dialog->seatMap();

    // Row C from the list of sections and rows.
    auto *rows = child<QTreeWidget>(dialog, u"sectionRowsTreeWidget"_s);
    QTreeWidgetItem *rowC = rowItem(rows, u"Stalls"_s, u"C"_s);
    QVERIFY(rowC);
    rows->setCurrentItem(rowC);
    QTest::mouseClick(child<QPushButton>(dialog, u"selectRowPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(map->selectedSeatIds().size(), 10);
    QCOMPARE(map->selectedSeatIds().first(), m_seatIds.at(20));

    QTest::mouseClick(child<QPushButton>(dialog, u"blockSeatsPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(map->seatState(25), SeatState::Blocked);
    QTRY_VERIFY(map->selectedSeatIds().isEmpty());
    QString status;
    QList<Id> categories;
    QVERIFY(serverMap(&status, &categories));
    QCOMPARE(status.mid(20, 10), u"bbbbbbbbbb"_s);
    QCOMPARE(status.mid(30, 6), u"xxxxxx"_s);
    QVERIFY(child<QLabel>(dialog, u"seatCategoriesMessageLabel"_s)->text().contains(u"10"_s));

    // A whole section: the balcony, by its section item, into a second category.
    rows->setCurrentItem(rowItem(rows, u"Balcony"_s, {}));
    QTest::mouseClick(child<QPushButton>(dialog, u"selectSectionPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(map->selectedSeatIds().size(), 6);
    dialog->createCategory(u"Balcony"_s, 2500);
    QTRY_COMPARE(dialog->ticketTypes().size(), 2);
    QTRY_COMPARE(map->seatState(35), SeatState::Available);
}

void TestGuiVenues::heldSeatsAreLiveAndCannotMove()
{
    QVERIFY(m_categoryId > 0);
    SeatCategoriesDialog *dialog = m_window->catalogPage()->seatCategoriesDialog();
    QVERIFY(dialog);
    SeatMapView *map = dialog->seatMap();
    const qint64 version = dialog->mapVersion();

    // A buyer holds A1 elsewhere: the open map shows it at once.
    auto buyer = m_fixture.loginAs(u"customer"_s);
    QVERIFY(buyer);
    const auto hold = buyer->call(methodName(Method::HoldCreate),
                                  {{u"performanceId"_s, m_performanceId},
                                   {u"seatIds"_s, QJsonArray{m_seatIds.at(0), m_seatIds.at(1)}}});
    QVERIFY2(hold.ok, qPrintable(hold.toString()));
    QTRY_COMPARE(map->seatState(0), SeatState::Held);
    QVERIFY(dialog->mapVersion() > version);

    // Row A into the balcony's category: the held seats cannot move, and the message says which.
    auto *rows = child<QTreeWidget>(dialog, u"sectionRowsTreeWidget"_s);
    rows->setCurrentItem(rowItem(rows, u"Stalls"_s, u"A"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"selectRowPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(map->selectedSeatIds().size(), 10);
    auto *target = child<QComboBox>(dialog, u"moveTargetComboBox"_s);
    target->setCurrentIndex(target->findText(u"Balcony"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"moveSeatsPushButton"_s), Qt::LeftButton);
    auto *message = child<QLabel>(dialog, u"seatCategoriesMessageLabel"_s);
    QTRY_COMPARE(message->property("role").toString(), u"error"_s);
    QVERIFY2(message->text().contains(u"Stalls · Row A · Seats 1, 2"_s),
             qPrintable(message->text()));
    QCOMPARE(map->seatCategory(5), Id(0));       // nothing moved
    QCOMPARE(map->selectedSeatIds().size(), 10); // the selection stays, to be corrected

    // Without the held seats it works.
    QList<Id> free = map->selectedSeatIds();
    free.removeAll(m_seatIds.at(0));
    free.removeAll(m_seatIds.at(1));
    map->setSelectedSeatIds(free);
    QTest::mouseClick(child<QPushButton>(dialog, u"moveSeatsPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(map->seatCategory(5), dialog->ticketTypes().at(1).id);
    QTRY_COMPARE(message->property("role").toString(), u"muted"_s);
}

void TestGuiVenues::everyInputHasANameAndMnemonicsAreUnique()
{
    AdminWindow *w = m_window.get();
    SeatCategoriesDialog *dialog = w->catalogPage()->seatCategoriesDialog();
    QVERIFY(dialog);

    // The seat map dialog, and the small dialog it opens.
    QCOMPARE(unnamedControls(dialog).join(u", "_s), QString());
    QCOMPARE(duplicateMnemonics(dialog).join(u"; "_s), QString());
    dialog->seatMap()->setSelectedSeatIds({m_seatIds.at(30)});
    QTest::mouseClick(child<QPushButton>(dialog, u"newCategoryPushButton"_s), Qt::LeftButton);
    PriceCategoryDialog *ask = nullptr;
    QTRY_VERIFY((ask = dialog->findChild<PriceCategoryDialog *>()) && ask->isVisible());
    QCOMPARE(unnamedControls(ask).join(u", "_s), QString());
    QCOMPARE(duplicateMnemonics(ask).join(u"; "_s), QString());
    ask->reject();
    QTRY_VERIFY(!dialog->findChild<PriceCategoryDialog *>() ||
                !dialog->findChild<PriceCategoryDialog *>()->isVisible());
    dialog->close();
    QTRY_VERIFY(!w->catalogPage()->seatCategoriesDialog());

    // The catalog with a reserved performance's form showing, then a new one being made.
    auto *tabs = child<QTabWidget>(w, u"adminTabWidget"_s);
    tabs->setCurrentIndex(AdminWindow::CatalogTab);
    QCOMPARE(unnamedControls(w->catalogPage()).join(u", "_s), QString());
    QCOMPARE(duplicateMnemonics(w->catalogPage()).join(u"; "_s), QString());
    QTest::mouseClick(child<QPushButton>(w, u"newPerformancePushButton"_s), Qt::LeftButton);
    auto *seating = child<QComboBox>(w, u"seatingComboBox"_s);
    seating->setCurrentIndex(seating->findData(SeatingReserved));
    QTRY_VERIFY(child<QComboBox>(w, u"venueComboBox"_s)->isVisible());
    QCOMPARE(unnamedControls(w->catalogPage()).join(u", "_s), QString());
    QCOMPARE(duplicateMnemonics(w->catalogPage()).join(u"; "_s), QString());
    seating->setCurrentIndex(seating->findData(SeatingGeneral));

    // The Venues tab while viewing a venue and while importing one.
    tabs->setCurrentIndex(AdminWindow::VenuesTab);
    QCOMPARE(unnamedControls(w->venuesPage()).join(u", "_s), QString());
    QCOMPARE(duplicateMnemonics(w->venuesPage()).join(u"; "_s), QString());
    const QString path = m_dir.filePath(u"small-hall.json"_s);
    w->venuesPage()->importFile(path);
    QTRY_VERIFY(child<QLineEdit>(w, u"venueNameLineEdit"_s)->isVisible());
    QCOMPARE(unnamedControls(w->venuesPage()).join(u", "_s), QString());
    QCOMPARE(duplicateMnemonics(w->venuesPage()).join(u"; "_s), QString());
    w->venuesPage()->discardImport();
    QVERIFY(!child<QLineEdit>(w, u"venueNameLineEdit"_s)->isVisible());

    // Keyboard: Tab goes from "Import layout…" to the list, then to the venue's actions.
    const auto nextTabStop = [](QWidget *from) {
        QWidget *w = from->nextInFocusChain();
        while (w != from &&
               !((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()))
            w = w->nextInFocusChain();
        return w;
    };
    auto *import = child<QPushButton>(w, u"importVenuePushButton"_s);
    QVERIFY(import->text().contains(u'&'));
    auto *list = child<QTableView>(w, u"venuesTableView"_s);
    QCOMPARE(nextTabStop(import), list);
    clickRow(list, 0);
    QTRY_VERIFY(child<QPushButton>(w, u"deleteVenuePushButton"_s)->isEnabled());
    QCOMPARE(nextTabStop(list), child<QPushButton>(w, u"deleteVenuePushButton"_s));
}

void TestGuiVenues::venueInUseCannotBeDeleted()
{
    QVERIFY(m_venueId > 0);
    AdminWindow *w = m_window.get();
    child<QTabWidget>(w, u"adminTabWidget"_s)->setCurrentIndex(AdminWindow::VenuesTab);
    VenuesPage *page = w->venuesPage();
    auto *list = child<QTableView>(w, u"venuesTableView"_s);
    clickRow(list, rowWithText(page->model(), VenueListModel::NameColumn, u"Test Hall"_s));
    QTRY_COMPARE(child<QLabel>(w, u"venueTitleLabel"_s)->text(), u"Test Hall"_s);

    // In use by the gala: explained, and still there.
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w, u"deleteVenuePushButton"_s), Qt::LeftButton);
    auto *message = child<QLabel>(w, u"venueMessageLabel"_s);
    QTRY_VERIFY(message->isVisible() && message->property("role").toString() == u"error"_s);
    QVERIFY2(message->text().contains(u"Test Hall"_s) &&
                 message->text().contains(u"performances"_s),
             qPrintable(message->text()));
    QVERIFY(rowWithText(page->model(), VenueListModel::NameColumn, u"Test Hall"_s) >= 0);

    // A venue nothing uses goes.
    QJsonObject named{{u"name"_s, u"Spare Room"_s}, {u"layout"_s, smallHall()}};
    const QString path = m_dir.filePath(u"spare-room.json"_s);
    QVERIFY(writeJson(path, named));
    page->importFile(path);
    auto *name = child<QLineEdit>(w, u"venueNameLineEdit"_s);
    QTRY_COMPARE(name->text(), u"Spare Room"_s); // the file's name is taken
    QTest::mouseClick(child<QPushButton>(w, u"saveVenuePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(rowWithText(page->model(), VenueListModel::NameColumn, u"Spare Room"_s) >= 0);
    QTRY_COMPARE(child<QLabel>(w, u"venueTitleLabel"_s)->text(), u"Spare Room"_s);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w, u"deleteVenuePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(rowWithText(page->model(), VenueListModel::NameColumn, u"Spare Room"_s), -1);
    auto manager = m_fixture.loginAs(u"manager"_s);
    QVERIFY(manager);
    const auto listed = manager->call(methodName(Method::AdminListVenues));
    QVERIFY2(listed.ok, qPrintable(listed.toString()));
    for (const QJsonValue &v : listed.result.value(u"venues"_s).toArray())
        QVERIFY(v.toObject().value(u"name"_s).toString() != u"Spare Room"_s);
}

QTEST_MAIN(TestGuiVenues)
#include "tst_gui_venues.moc"
