#include "printing/printsettingsdialog.h"

#include "core/clientsettings.h"
#include "printing/ticketdelivery.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mq::client {

PrintSettingsDialog::PrintSettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"printSettingsDialog"_s);
    setWindowTitle(tr("Printing Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Where the tickets of this station go after each sale and when "
                                "reprinted. Nothing is asked during a sale."),
                             this);
    intro->setWordWrap(true);

    // Where: a printer, or a folder of PDF files.
    auto *where = new QGroupBox(tr("Send tickets to"), this);
    auto *whereLayout = new QGridLayout(where);
    whereLayout->setColumnStretch(1, 1);
    m_toPrinter = new QRadioButton(tr("A &printer"), where);
    m_toPrinter->setObjectName(u"toPrinterRadioButton"_s);
    m_printer = new QComboBox(where);
    m_printer->setObjectName(u"printerComboBox"_s);
    m_printer->setAccessibleName(tr("Printer"));
    const QPrinterInfo systemDefault = QPrinterInfo::defaultPrinter();
    m_printer->addItem(systemDefault.isNull() ? tr("The system's default printer")
                                              : tr("The system's default printer (%1)")
                                                    .arg(systemDefault.printerName()),
                       QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    // A printer chosen before and not there now stays listed, so the choice is not lost.
    const QString chosen = ClientSettings::ticketPrinter();
    if (!chosen.isEmpty() && m_printer->findData(chosen) < 0)
        m_printer->addItem(tr("%1 (not available)").arg(chosen), chosen);
    m_printer->setCurrentIndex(qMax(0, m_printer->findData(chosen)));

    m_toFolder = new QRadioButton(tr("PDF files in a &folder"), where);
    m_toFolder->setObjectName(u"toFolderRadioButton"_s);
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_toPrinter);
    methods->addButton(m_toFolder);
    (ClientSettings::ticketOutput() == ClientSettings::TicketOutput::PdfFolder ? m_toFolder : m_toPrinter)
        ->setChecked(true);

    auto *folderLabel = new QLabel(tr("F&older for PDF files"), where);
    m_folder = new QLineEdit(where);
    m_folder->setObjectName(u"ticketFolderLineEdit"_s);
    m_folder->setAccessibleName(tr("Folder for PDF files"));
    m_folder->setText(QDir::toNativeSeparators(ClientSettings::ticketFolder()));
    m_folder->setMinimumWidth(320);
    folderLabel->setBuddy(m_folder);
    auto *browse = new QPushButton(tr("&Browse…"), where);
    browse->setObjectName(u"browseFolderPushButton"_s);
    browse->setAutoDefault(false);
    m_note = new QLabel(where);
    m_note->setObjectName(u"printSettingsNoteLabel"_s);
    m_note->setProperty("role", u"muted"_s);
    m_note->setWordWrap(true);

    whereLayout->addWidget(m_toPrinter, 0, 0);
    whereLayout->addWidget(m_printer, 0, 1, 1, 2);
    whereLayout->addWidget(m_toFolder, 1, 0, 1, 3);
    whereLayout->addWidget(folderLabel, 2, 0);
    whereLayout->addWidget(m_folder, 2, 1);
    whereLayout->addWidget(browse, 2, 2);
    whereLayout->addWidget(m_note, 3, 0, 1, 3);

    // How: the page layout.
    auto *how = new QGroupBox(tr("Layout"), this);
    auto *howLayout = new QVBoxLayout(how);
    m_several = new QRadioButton(tr("&Three tickets on each A4 sheet"), how);
    m_several->setObjectName(u"severalPerPageRadioButton"_s);
    m_onePerPage = new QRadioButton(tr("O&ne ticket per page"), how);
    m_onePerPage->setObjectName(u"onePerPageRadioButton"_s);
    (TicketDelivery::layout() == TicketPrinter::Layout::OnePerPage ? m_onePerPage : m_several)
        ->setChecked(true);
    howLayout->addWidget(m_several);
    howLayout->addWidget(m_onePerPage);

    m_error = new QLabel(this);
    m_error->setObjectName(u"printSettingsErrorLabel"_s);
    m_error->setProperty("role", u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePrintSettingsPushButton"_s);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);

    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addWidget(how);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_toPrinter, &QRadioButton::toggled, this, &PrintSettingsDialog::updateState);
    connect(m_printer, &QComboBox::currentIndexChanged, this, &PrintSettingsDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
    connect(browse, &QPushButton::clicked, this, &PrintSettingsDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrintSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrintSettingsDialog::reject);
    updateState();
}

void PrintSettingsDialog::updateState()
{
    const bool printer = m_toPrinter->isChecked();
    m_printer->setEnabled(printer);
    if (!printer) {
        m_note->setText(tr("Each order becomes one PDF file named after its code."));
        return;
    }
    const QString name = m_printer->currentData().toString();
    const bool there = name.isEmpty() ? !QPrinterInfo::availablePrinterNames().isEmpty()
                                      : !QPrinterInfo::printerInfo(name).isNull();
    m_note->setText(there ? tr("When the printer cannot print, the tickets are saved in the folder.")
                          : tr("No printer is available now: the tickets are saved in the folder "
                               "until it is."));
}

void PrintSettingsDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Folder for Ticket PDFs"), m_folder->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void PrintSettingsDialog::accept()
{
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    // Made now, so a typing mistake shows here and not after a sale.
    if (folder.isEmpty() || !QDir(folder).mkpath(u"."_s)) {
        m_error->setText(folder.isEmpty() ? tr("Choose a folder for the PDF files.")
                                          : tr("Cannot create the folder %1. Choose another one.")
                                                .arg(QDir::toNativeSeparators(folder)));
        m_error->show();
        m_folder->setFocus(Qt::OtherFocusReason);
        return;
    }
    ClientSettings::setTicketOutput(m_toPrinter->isChecked() ? ClientSettings::TicketOutput::Printer
                                                             : ClientSettings::TicketOutput::PdfFolder);
    ClientSettings::setTicketPrinter(m_printer->currentData().toString());
    ClientSettings::setTicketFolder(QDir(folder).absolutePath());
    TicketDelivery::setLayout(m_onePerPage->isChecked() ? TicketPrinter::Layout::OnePerPage
                                                        : TicketPrinter::Layout::SeveralPerA4);
    QDialog::accept();
}

} // namespace mq::client
