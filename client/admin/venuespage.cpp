#include "admin/venuespage.h"

#include "admin/venuelistmodel.h"
#include "core/displayformat.h"
#include "core/serverconnection.h"
#include "seatmap/seatmapview.h"
#include "shared/methods.h"
#include "widgets/fielderrors.h"
#include "widgets/theme.h"
#include "widgets/timezonecombobox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

namespace {

const QString FolderKey = u"admin/venueFolder"_s;

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", u"card"_s);
    return frame;
}

void setRole(QLabel *label, const QString &role)
{
    if (label->property("role").toString() == role)
        return;
    label->setProperty("role", role);
    Theme::repolish(label);
}

} // namespace

VenuesPage::VenuesPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_venues(new VenueListModel(this)),
      m_errors(new FieldErrors(this))
{
    setObjectName(u"venuesPage"_s);

    // Left: the venues.
    auto *left = card(this);
    left->setMinimumWidth(320);
    auto *heading = new QLabel(tr("Venues"), left);
    heading->setProperty("role", u"heading"_s);
    m_import = new QPushButton(tr("&Import layout…"), left);
    m_import->setObjectName(u"importVenuePushButton"_s);
    m_import->setProperty("role", u"primary"_s);
    m_import->setToolTip(tr("Read a venue's seat layout from a JSON file, check it and see it "
                            "drawn before saving it"));
    m_list = new QTableView(left);
    m_list->setObjectName(u"venuesTableView"_s);
    m_list->setAccessibleName(tr("Venues"));
    m_list->setModel(m_venues);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->horizontalHeader()->setSectionResizeMode(VenueListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(VenueListModel::SeatsColumn,
                                                     QHeaderView::ResizeToContents);
    m_emptyLabel = new QLabel(tr("No venues yet. Import a seat layout from a JSON file: a file "
                                 "holds {name, layout} or just the layout."),
                              left);
    m_emptyLabel->setObjectName(u"noVenuesLabel"_s);
    m_emptyLabel->setProperty("role", u"muted"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    m_delete = new QPushButton(tr("&Delete venue…"), left);
    m_delete->setObjectName(u"deleteVenuePushButton"_s);
    m_delete->setProperty("role", u"danger"_s);
    m_delete->setToolTip(tr("Delete the selected venue (only while no performance uses it)"));

    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 14, 16, 14);
    leftLayout->setSpacing(10);
    auto *leftHeader = new QHBoxLayout;
    leftHeader->addWidget(heading);
    leftHeader->addStretch(1);
    leftHeader->addWidget(m_import);
    leftLayout->addLayout(leftHeader);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_emptyLabel);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_delete);
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);

    // Right: the venue drawn, with what it holds; while importing, its name and "Save".
    auto *right = card(this);
    m_placeholder = new QLabel(tr("Choose a venue to see its seat map, or import a layout with "
                                  "“Import layout…”."),
                               right);
    m_placeholder->setObjectName(u"venuePlaceholderLabel"_s);
    m_placeholder->setProperty("role", u"muted"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_details = new QWidget(right);
    m_title = new QLabel(m_details);
    m_title->setObjectName(u"venueTitleLabel"_s);
    m_title->setProperty("role", u"heading"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new QLabel(m_details);
    m_badge->setObjectName(u"venueBadgeLabel"_s);
    m_badge->setProperty("role", u"badge"_s);
    m_source = new QLabel(m_details);
    m_source->setObjectName(u"venueSourceLabel"_s);
    m_source->setProperty("role", u"muted"_s);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_importRow = new QWidget(m_details);
    m_name = new QLineEdit(m_importRow);
    m_name->setObjectName(u"venueNameLineEdit"_s);
    m_name->setMaxLength(VenueLayoutFile::MaxNameLength);
    m_name->setPlaceholderText(tr("e.g. Grand Theatre, Main Hall"));
    auto *nameLabel = new QLabel(tr("&Name"), m_importRow);
    nameLabel->setBuddy(m_name);
    m_discard = new QPushButton(tr("Disca&rd"), m_importRow);
    m_discard->setObjectName(u"discardVenuePushButton"_s);
    m_discard->setToolTip(tr("Forget this file; nothing is saved"));
    m_save = new QPushButton(tr("&Save venue"), m_importRow);
    m_save->setObjectName(u"saveVenuePushButton"_s);
    m_save->setProperty("role", u"primary"_s);
    m_name->setAccessibleName(
        tr("Venue name")); // in a box with its error line: not the label's sibling
    auto *nameBox = m_errors->wrap(u"name"_s, m_name);
    auto *importLayout = new QHBoxLayout(m_importRow);
    importLayout->setContentsMargins(0, 0, 0, 0);
    importLayout->setSpacing(10);
    importLayout->addWidget(nameLabel, 0, Qt::AlignTop | Qt::AlignLeft);
    nameLabel->setMinimumHeight(m_name->sizeHint().height());
    importLayout->addWidget(nameBox, 1);
    importLayout->addWidget(m_discard, 0, Qt::AlignTop);
    importLayout->addWidget(m_save, 0, Qt::AlignTop);

    // Where the venue is: its performances' times are typed and shown in its zone.
    m_zoneRow = new QWidget(m_details);
    m_timeZone = new TimeZoneComboBox(m_zoneRow);
    m_timeZone->setObjectName(u"venueTimeZoneComboBox"_s);
    m_timeZone->setAccessibleName(tr("Venue time zone"));
    auto *zoneLabel = new QLabel(tr("Time &zone"), m_zoneRow);
    zoneLabel->setBuddy(m_timeZone);
    m_saveZone = new QPushButton(tr("Save time zone"), m_zoneRow);
    m_saveZone->setObjectName(u"saveVenueTimeZonePushButton"_s);
    m_saveZone->setToolTip(tr("Move the venue to this time zone: its performances keep their "
                              "moment and read their times in the new zone"));
    auto *zoneLayout = new QHBoxLayout(m_zoneRow);
    zoneLayout->setContentsMargins(0, 0, 0, 0);
    zoneLayout->setSpacing(10);
    zoneLayout->addWidget(zoneLabel);
    zoneLayout->addWidget(m_timeZone, 1);
    zoneLayout->addWidget(m_saveZone);
    zoneLayout->addStretch(1);

    // What the layout holds, as a row of figures.
    m_stats = new QWidget(m_details);
    m_stats->setObjectName(u"venueStatsWidget"_s);
    m_stats->setStyleSheet(
        u"QFrame[stat=\"box\"] { background: #f4f6fa; border: 1px solid #e4e7ee;"
        " border-radius: 8px; }"
        "QLabel[stat=\"number\"] { font-size: 15pt; font-weight: 600; color: #1d2330; }"
        "QLabel[stat=\"caption\"] { color: #5f6b7a; }"_s);
    auto *statsLayout = new QHBoxLayout(m_stats);
    statsLayout->setContentsMargins(0, 2, 0, 2);
    statsLayout->setSpacing(8);
    const QList<QPair<QString, QString>> stats = {
        {u"seatsStatLabel"_s, tr("Seats")},
        {u"sectionsStatLabel"_s, tr("Sections")},
        {u"rowsStatLabel"_s, tr("Rows")},
        {u"accessibleStatLabel"_s, tr("Wheelchair places")},
        {u"companionStatLabel"_s, tr("Companion seats")},
        {u"restrictedStatLabel"_s, tr("Restricted view")},
        {u"notesStatLabel"_s, tr("Seats with a note")}};
    for (const auto &[name, caption] : stats) {
        auto *box = new QFrame(m_stats);
        box->setProperty("stat", u"box"_s);
        auto *number = new QLabel(box);
        number->setObjectName(name);
        number->setProperty("stat", u"number"_s);
        auto *text = new QLabel(caption, box);
        text->setProperty("stat", u"caption"_s);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(12, 6, 12, 6);
        boxLayout->setSpacing(0);
        boxLayout->addWidget(number);
        boxLayout->addWidget(text);
        statsLayout->addWidget(box);
        m_statNumbers << number;
        m_statCaptions << text;
    }
    statsLayout->addStretch(1);
    m_sections = new QLabel(m_details);
    m_sections->setObjectName(u"venueSectionsLabel"_s);
    m_sections->setProperty("role", u"muted"_s);
    m_sections->setWordWrap(true);
    m_sections->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(m_details);
    m_message->setObjectName(u"venueMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QListWidget(m_details);
    m_problems->setObjectName(u"layoutProblemsListWidget"_s);
    m_problems->setAccessibleName(tr("Problems in the layout"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(180);
    m_map = new SeatMapView(m_details);
    m_map->setObjectName(u"venueSeatMapView"_s);
    m_map->setAccessibleName(tr("Seat map of the venue"));
    m_map->setSelectionMode(SeatMapView::SelectionMode::None);
    m_map->setMinimumHeight(260);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(8);
    detailsLayout->addLayout(titleRow);
    detailsLayout->addWidget(m_source);
    detailsLayout->addWidget(m_importRow);
    detailsLayout->addWidget(m_zoneRow);
    detailsLayout->addWidget(m_stats);
    detailsLayout->addWidget(m_sections);
    detailsLayout->addWidget(m_message);
    detailsLayout->addWidget(m_problems);
    detailsLayout->addWidget(m_map, 1);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(16, 14, 16, 14);
    rightLayout->addWidget(m_placeholder, 1);
    rightLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"venuesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 960});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addWidget(splitter);

    // Reading order: import, the list, delete; then the name, discard, save, the problems, the map.
    setTabOrder(m_import, m_list);
    setTabOrder(m_list, m_delete);
    setTabOrder(m_delete, m_name);
    setTabOrder(m_name, m_discard);
    setTabOrder(m_discard, m_save);
    setTabOrder(m_save, m_timeZone);
    setTabOrder(m_timeZone, m_saveZone);
    setTabOrder(m_saveZone, m_problems);
    setTabOrder(m_problems, m_map);

    connect(m_import, &QPushButton::clicked, this, &VenuesPage::chooseFile);
    connect(m_delete, &QPushButton::clicked, this, &VenuesPage::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &VenuesPage::saveImport);
    connect(m_discard, &QPushButton::clicked, this, &VenuesPage::discardImport);
    connect(m_saveZone, &QPushButton::clicked, this, &VenuesPage::saveTimeZone);
    connect(m_timeZone, &TimeZoneComboBox::timeZoneChanged, this, [this] { updateButtons(); });
    connect(m_name, &QLineEdit::returnPressed, this, &VenuesPage::saveImport);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_errors->clear(); });
    // The keyboard's row is the one shown and acted on.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() &&
                    !m_list->selectionModel()->isRowSelected(current.row(), {}))
                    m_list->selectRow(current.row());
            });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const Id id = selectedVenueId(); id > 0)
            selectVenue(id);
        updateButtons();
    });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            selectVenue(index.data(VenueListModel::IdRole).toLongLong());
    });

    setMode(Mode::Empty);
}

void VenuesPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    updateButtons();
    Q_EMIT statusMessage(tr("Loading the venues…"));
    m_connection->call(methodName(Method::AdminListVenues), {}, this, [this](const RpcResult &r) {
        m_loading = false;
        if (!r.ok()) {
            updateButtons();
            Q_EMIT statusMessage(tr("Could not load the venues: %1").arg(r.message()));
            return;
        }
        const Id selected = selectedVenueId();
        m_venues->setVenues(r.result.value(u"venues"_s).toArray());
        m_emptyLabel->setVisible(m_venues->rowCount() == 0);
        if (const int row = m_venues->rowOf(selected); row >= 0)
            m_list->selectRow(row);
        else if (m_mode == Mode::Viewing && !m_venues->venueById(m_shownVenueId))
            setMode(Mode::Empty); // deleted elsewhere
        updateButtons();
        Q_EMIT statusMessage(tr("%Ln venue(s).", nullptr, m_venues->rowCount()));
    });
}

void VenuesPage::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

Id VenuesPage::selectedVenueId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(VenueListModel::IdRole).toLongLong();
}

void VenuesPage::chooseFile()
{
    QString folder = QSettings().value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Import Venue Layout"), folder);
    dialog->setObjectName(u"importVenueFileDialog"_s);
    dialog->setNameFilters({tr("Venue layouts (*.json)"), tr("All files (*)")});
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
        importFile(path);
    });
    dialog->open();
}

void VenuesPage::importFile(const QString &path)
{
    ++m_sequence; // a venue still loading is no longer wanted
    m_errors->clear();
    m_file = VenueLayoutFile();
    m_fileValid = false;
    const QString fileName = QFileInfo(path).fileName();
    m_list->selectionModel()->clear(); // choosing the venue again shows it
    setMode(Mode::Importing);
    m_title->setText(tr("New venue"));
    m_source->setText(tr("From %1").arg(QDir::toNativeSeparators(path)));
    m_name->clear();
    clearLayout();

    QString error;
    if (!m_file.read(path, &error)) {
        m_badge->setText(tr("Cannot be imported"));
        showProblems(error, {});
        updateButtons();
        Q_EMIT statusMessage(error);
        return;
    }
    const QJsonObject layoutJson = m_file.layout();
    const QList<VenueLayoutFile::Problem> problems = VenueLayoutFile::check(layoutJson);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const VenueLayoutFile::Problem &p : problems)
            lines << VenueLayoutFile::describeProblem(p.field, p.message, layoutJson);
        m_badge->setText(tr("Cannot be imported"));
        showProblems(problems.size() >= 200
                         ? tr("%1 cannot be saved. The first %2 problems:").arg(fileName).arg(200)
                         : tr("%1 cannot be saved: %Ln problem(s) to fix in the file.", nullptr,
                              int(problems.size()))
                               .arg(fileName),
                     lines);
        updateButtons();
        Q_EMIT statusMessage(tr("%1 has problems; nothing was saved.").arg(fileName));
        return;
    }
    const std::optional<VenueLayout> layout = VenueLayout::fromJson(layoutJson, &error);
    if (!layout) {
        m_badge->setText(tr("Cannot be imported"));
        showProblems(tr("%1 cannot be drawn: %2").arg(fileName, error), {});
        updateButtons();
        return;
    }
    m_fileValid = true;
    m_badge->setText(tr("Preview — not saved yet"));
    showLayout(*layout, VenueLayoutFile::count(layoutJson));
    if (m_file.hasName()) {
        m_name->setText(m_file.name());
        m_message->clear();
    } else {
        // A bare layout: ask for the name right here, where it will be typed.
        setRole(m_message, u"subheading"_s);
        m_message->setText(
            tr("This file holds only the layout. Give the venue a name, then save it."));
    }
    m_message->setVisible(!m_message->text().isEmpty());
    updateButtons();
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
    Q_EMIT statusMessage(tr("%1 is drawn and ready to save.").arg(fileName));
}

void VenuesPage::saveImport()
{
    if (m_mode != Mode::Importing || !m_fileValid || m_busy)
        return;
    m_errors->clear();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_errors->show(u"name"_s, tr("Give the venue a name."));
        return;
    }
    const QJsonObject layoutJson = m_file.layout();
    const quint64 sequence = ++m_sequence;
    setBusy(true);
    Q_EMIT statusMessage(tr("Saving “%1”…").arg(name));
    QJsonObject params{{u"name"_s, name}, {u"layout"_s, layoutJson}};
    if (const QString zone = m_timeZone->timeZone(); !zone.isEmpty())
        params.insert(u"timeZone"_s, zone);
    m_connection->call(
        methodName(Method::AdminCreateVenue), params, this,
        [this, sequence](const RpcResult &r) {
            if (sequence != m_sequence)
                return;
            setBusy(false);
            if (!r.ok()) {
                showSaveFailure(r);
                return;
            }
            const QJsonObject venueJson = r.result.value(u"venue"_s).toObject();
            const Id id = venueJson.value(u"id"_s).toInteger();
            const QString name = venueJson.value(u"name"_s).toString();
            QString error;
            if (const auto layout = VenueLayout::fromJson(venueJson, &error))
                m_layouts.insert(id, *layout);
            m_venues->upsert({id, name, venueJson.value(u"seatCount"_s).toInteger(),
                              venueJson.value(u"timeZone"_s).toString()});
            m_emptyLabel->hide();
            m_file = VenueLayoutFile();
            m_fileValid = false;
            m_list->selectRow(m_venues->rowOf(id)); // shows the saved venue
            selectVenue(id);
            setRole(m_message, u"muted"_s);
            m_message->setText(tr("Saved. Performances can now sell its seats."));
            m_message->show();
            Q_EMIT statusMessage(tr("Venue “%1” saved.").arg(name));
        },
        120000);
}

void VenuesPage::showSaveFailure(const RpcResult &r)
{
    const QString field = r.field();
    Q_EMIT statusMessage(r.message());
    if (field == u"name"_s) {
        m_errors->show(u"name"_s, r.message());
        return;
    }
    if (field.startsWith(u"layout"_s)) {
        // The server names a place in the layout: say where, with the names in the file.
        // Its message repeats the path; the place is said in words instead.
        QString message = r.error.message.isEmpty() ? r.message() : r.error.message;
        message = message.remove(field).trimmed();
        showProblems(tr("The server refused the layout:"),
                     {VenueLayoutFile::describeProblem(field, message, m_file.layout())});
        return;
    }
    setRole(m_message, u"error"_s);
    m_message->setText(r.message());
    m_message->show();
}

void VenuesPage::discardImport()
{
    if (m_mode != Mode::Importing || m_busy)
        return;
    ++m_sequence;
    m_file = VenueLayoutFile();
    m_fileValid = false;
    setMode(Mode::Empty);
    Q_EMIT statusMessage(tr("Import discarded; nothing was saved."));
    m_import->setFocus();
}

void VenuesPage::selectVenue(Id venueId)
{
    if (venueId <= 0 || m_busy)
        return;
    if (m_mode == Mode::Viewing && venueId == m_shownVenueId)
        return;
    const VenueListModel::Venue *venue = m_venues->venueById(venueId);
    if (!venue)
        return;
    const quint64 sequence = ++m_sequence;
    m_file = VenueLayoutFile();
    m_fileValid = false;
    m_shownVenueId = venueId;
    setMode(Mode::Viewing);
    m_title->setText(venue->name);
    m_timeZone->setTimeZone(venue->timeZone);
    updateButtons();
    m_badge->setText(tr("Saved venue"));
    m_source->setText(tr("A saved layout never changes: for other seats, import a new venue."));
    if (const auto it = m_layouts.constFind(venueId); it != m_layouts.constEnd()) {
        showLayout(*it, countsOf(*it));
        return;
    }
    clearLayout(tr("Loading the seat map…"));
    m_connection->call(
        methodName(Method::CatalogGetVenue), {{u"venueId"_s, venueId}}, this,
        [this, sequence, venueId](const RpcResult &r) {
            if (sequence != m_sequence)
                return;
            if (!r.ok()) {
                clearLayout();
                setRole(m_message, u"error"_s);
                m_message->setText(tr("Could not load the seat map: %1").arg(r.message()));
                m_message->show();
                if (r.is(ErrorCode::NotFound))
                    refresh();
                return;
            }
            QString error;
            const auto layout =
                VenueLayout::fromJson(r.result.value(u"venue"_s).toObject(), &error);
            if (!layout) {
                clearLayout();
                setRole(m_message, u"error"_s);
                m_message->setText(tr("The seat map cannot be drawn: %1").arg(error));
                m_message->show();
                return;
            }
            m_layouts.insert(venueId, *layout);
            showLayout(*layout, countsOf(*layout));
        },
        60000);
}

VenueLayoutFile::Counts VenuesPage::countsOf(const VenueLayout &layout)
{
    VenueLayoutFile::Counts counts;
    counts.sections = int(layout.sections().size());
    for (const VenueLayout::Section &section : layout.sections())
        counts.rows += int(section.rows.size());
    counts.seats = int(layout.seatCount());
    for (const VenueLayout::Seat &seat : layout.seats()) {
        counts.accessible += seat.accessible;
        counts.companion += seat.companion;
        counts.restrictedView += seat.restrictedView;
        counts.withNote += !seat.note.isEmpty();
    }
    return counts;
}

void VenuesPage::showLayout(const VenueLayout &layout, const VenueLayoutFile::Counts &counts)
{
    const QLocale locale;
    const QList<int> values = {counts.seats,      counts.sections,  counts.rows,
                               counts.accessible, counts.companion, counts.restrictedView,
                               counts.withNote};
    for (int i = 0; i < m_statNumbers.size(); ++i) {
        m_statNumbers[i]->setText(locale.toString(values.at(i)));
        m_statNumbers[i]->setAccessibleName(
            tr("%1: %2").arg(m_statCaptions.at(i)->text(), locale.toString(values.at(i))));
        // Seats with a note are worth a box only when there are some.
        m_statNumbers[i]->parentWidget()->setVisible(i < 6 || values.at(i) > 0);
    }
    m_stats->show();

    QStringList sections;
    for (const VenueLayout::Section &section : layout.sections())
        sections << tr("%1 %2").arg(section.name, locale.toString(section.seatCount));
    constexpr int MaxListed = 12;
    if (sections.size() > MaxListed) {
        const qsizetype more = sections.size() - MaxListed;
        sections = sections.mid(0, MaxListed);
        sections << tr("and %Ln more section(s)", nullptr, int(more));
    }
    m_sections->setText(tr("Seats by section: %1").arg(sections.join(u"  ·  "_s)));
    m_problems->clear();
    m_problems->hide();
    m_map->setVenueLayout(layout);
    m_map->fitToView();
}

void VenuesPage::clearLayout(const QString &text)
{
    m_stats->hide();
    m_sections->setText(text);
    m_map->setVenueLayout(VenueLayout());
}

void VenuesPage::showProblems(const QString &heading, const QStringList &problems)
{
    setRole(m_message, u"error"_s);
    m_message->setText(heading);
    m_message->show();
    m_problems->clear();
    m_problems->addItems(problems);
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        m_problems->setCurrentRow(0);
        m_problems->setFocus(Qt::OtherFocusReason);
    }
}

void VenuesPage::deleteSelected()
{
    const Id id = selectedVenueId();
    const VenueListModel::Venue *venue = m_venues->venueById(id);
    if (!venue || m_busy) {
        Q_EMIT statusMessage(tr("Select a venue to delete."));
        return;
    }
    const QString name = venue->name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Venue"),
                                tr("Delete the venue “%1”?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDeleteVenueMessageBox"_s);
    box->setInformativeText(tr("Its seat map is deleted with it. A venue that performances use "
                               "cannot be deleted."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::Cancel)->setText(tr("Keep it"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, id, name] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const quint64 sequence = ++m_sequence;
        setBusy(true);
        Q_EMIT statusMessage(tr("Deleting “%1”…").arg(name));
        m_connection->call(methodName(Method::AdminDeleteVenue), {{u"id"_s, id}}, this,
                           [this, sequence, id, name](const RpcResult &r) {
                               if (sequence != m_sequence)
                                   return;
                               setBusy(false);
                               if (r.ok() || r.is(ErrorCode::NotFound)) {
                                   m_venues->remove(id);
                                   m_layouts.remove(id);
                                   m_emptyLabel->setVisible(m_venues->rowCount() == 0);
                                   setMode(Mode::Empty);
                                   Q_EMIT statusMessage(tr("Venue “%1” deleted.").arg(name));
                                   return;
                               }
                               const QString message =
                                   r.is(ErrorCode::Conflict)
                                       ? tr("“%1” cannot be deleted: performances sell its "
                                            "seats. Delete those performances first.")
                                             .arg(name)
                                       : r.message();
                               setRole(m_message, u"error"_s);
                               m_message->setText(message);
                               m_message->show();
                               Q_EMIT statusMessage(message);
                           });
    });
    box->open();
}

void VenuesPage::saveTimeZone()
{
    const VenueListModel::Venue *venue = m_venues->venueById(m_shownVenueId);
    const QString zone = m_timeZone->timeZone();
    if (m_mode != Mode::Viewing || !venue || zone.isEmpty() || m_busy)
        return;
    const Id id = venue->id;
    const quint64 sequence = ++m_sequence;
    setBusy(true);
    Q_EMIT statusMessage(tr("Moving “%1” to %2…").arg(venue->name, zone));
    m_connection->call(methodName(Method::AdminUpdateVenue), {{u"id"_s, id}, {u"timeZone"_s, zone}}, this,
                       [this, sequence, id](const RpcResult &r) {
                           if (sequence != m_sequence)
                               return;
                           setBusy(false);
                           if (!r.ok()) {
                               setRole(m_message, u"error"_s);
                               m_message->setText(r.message());
                               m_message->show();
                               Q_EMIT statusMessage(r.message());
                               return;
                           }
                           const QJsonObject v = r.result.value(u"venue"_s).toObject();
                           m_venues->upsert({id, v.value(u"name"_s).toString(),
                                             v.value(u"seatCount"_s).toInteger(),
                                             v.value(u"timeZone"_s).toString()});
                           setRole(m_message, u"muted"_s);
                           m_message->setText(tr("Its performances now read their times in %1.")
                                                  .arg(DisplayFormat::zoneName(v.value(u"timeZone"_s).toString())));
                           m_message->show();
                           updateButtons();
                           Q_EMIT statusMessage(tr("Time zone saved."));
                       });
}

void VenuesPage::setMode(Mode mode)
{
    m_mode = mode;
    m_placeholder->setVisible(mode == Mode::Empty);
    m_details->setVisible(mode != Mode::Empty);
    m_importRow->setVisible(mode == Mode::Importing);
    // Importing: the zone goes with the new venue; viewing: it can be changed.
    m_zoneRow->setVisible(mode != Mode::Empty);
    m_saveZone->setVisible(mode == Mode::Viewing);
    m_message->clear();
    m_message->hide();
    m_problems->clear();
    m_problems->hide();
    if (mode != Mode::Viewing)
        m_shownVenueId = 0;
    setRole(m_badge, mode == Mode::Importing ? u"badge"_s : u"muted"_s);
    // Not saved yet is a warning, in amber; a saved venue needs no colour.
    m_badge->setStyleSheet(mode == Mode::Importing
                               ? u"background: #fdf0d5; color: #7a4f00; border-radius: 9px;"
                                 " padding: 2px 10px;"_s
                               : QString());
    updateButtons();
}

void VenuesPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void VenuesPage::updateButtons()
{
    const bool idle = !m_busy;
    m_import->setEnabled(idle);
    m_list->setEnabled(idle);
    m_delete->setEnabled(idle && selectedVenueId() > 0);
    m_name->setEnabled(idle && m_fileValid);
    m_save->setEnabled(idle && m_fileValid);
    m_discard->setEnabled(idle);
    m_timeZone->setEnabled(idle);
    const VenueListModel::Venue *shown = m_venues->venueById(m_shownVenueId);
    m_saveZone->setEnabled(idle && shown && !m_timeZone->timeZone().isEmpty()
                           && m_timeZone->timeZone() != shown->timeZone);
    m_save->setText(m_busy && m_mode == Mode::Importing ? tr("Saving…") : tr("&Save venue"));
}

} // namespace mq::client
