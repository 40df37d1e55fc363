#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace mq::client {

// The station's printing, chosen once so that no sale ever asks: a printer (the system's default
// or a named one), or PDF files in a folder. The folder also takes the tickets whenever the
// printer is not there. Saved in ClientSettings when accepted.
class PrintSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrintSettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void browse();
    void updateState();

    QRadioButton *m_toPrinter;
    QRadioButton *m_toFolder;
    QComboBox *m_printer;
    QLineEdit *m_folder;
    QRadioButton *m_several;
    QRadioButton *m_onePerPage;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace mq::client
