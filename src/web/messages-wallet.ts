// The strings of "Add to a wallet" (OID4VCI credential offer) on the learner's pages, in English
// and Georgian; messages.ts merges them into the one table. The Georgian table must have every key.

export const walletEn = {
  'wallet.heading': 'Add to a digital wallet',
  'wallet.lead':
    'Put this credential into a wallet app that supports OpenID for Verifiable Credential Issuance (OID4VCI). The wallet receives the credential exactly as it was signed.',
  'wallet.button': 'Add to a wallet (OID4VCI)',
  'wallet.creating': 'Preparing the offer…',
  'wallet.scan': 'Scan this QR code with your wallet app, or open the link on the device where the wallet is installed.',
  'wallet.qrAlt': 'QR code of the credential offer for a wallet',
  'wallet.link': 'Open in a wallet app',
  'wallet.copyHint': 'Or copy the offer link:',
  'wallet.pin': 'PIN for the wallet',
  'wallet.pinHint': 'The wallet will ask for this PIN. Do not share it: with the QR code, it hands over your credential.',
  'wallet.expires': 'The offer works once and until {time}. Ask for a new one if it expires.',
  'wallet.again': 'Make a new offer',
  'wallet.notValid': 'Only a valid credential can be added to a wallet.',
};

export type WalletMessageKey = keyof typeof walletEn;

export const walletKa: Record<WalletMessageKey, string> = {
  'wallet.heading': 'ციფრულ საფულეში დამატება',
  'wallet.lead':
    'დაამატეთ ეს კრედენციალი საფულის აპლიკაციაში, რომელიც OpenID for Verifiable Credential Issuance-ს (OID4VCI) მხარს უჭერს. საფულე კრედენციალს ზუსტად ისე მიიღებს, როგორც ის ხელმოწერილია.',
  'wallet.button': 'საფულეში დამატება (OID4VCI)',
  'wallet.creating': 'შეთავაზება მზადდება…',
  'wallet.scan': 'დაასკანერეთ ეს QR კოდი საფულის აპლიკაციით, ან გახსენით ბმული იმ მოწყობილობაზე, სადაც საფულეა დაყენებული.',
  'wallet.qrAlt': 'საფულისთვის კრედენციალის შეთავაზების QR კოდი',
  'wallet.link': 'საფულის აპლიკაციაში გახსნა',
  'wallet.copyHint': 'ან დააკოპირეთ შეთავაზების ბმული:',
  'wallet.pin': 'PIN საფულისთვის',
  'wallet.pinHint': 'საფულე ამ PIN-ს მოგთხოვთ. არავის გაუზიაროთ: QR კოდთან ერთად ის თქვენს კრედენციალს გადასცემს.',
  'wallet.expires': 'შეთავაზება ერთხელ მუშაობს, {time}-მდე. თუ ვადა გაუვა, მოითხოვეთ ახალი.',
  'wallet.again': 'ახალი შეთავაზება',
  'wallet.notValid': 'საფულეში მხოლოდ მოქმედი კრედენციალის დამატებაა შესაძლებელი.',
};
