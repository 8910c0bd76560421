/**
 * Per-site and per-platform extraction knowledge, as data only. Each selector list is applied
 * the same way on every page; a selector that matches nothing costs nothing.
 */
export interface SiteRules {
  /** Elements that are never story text: left out of the copy Readability reads. */
  drop: string[];
  /** Boxes that hold update, correction or editor's notes. */
  notes: string[];
  /** Quoted social posts that are part of the story, though their wrappers look like share widgets. */
  embeds: string[];
}

export const SITE_RULES: SiteRules = {
  drop: [
    // cookie and consent banners (OneTrust, Didomi, Quantcast, TrustArc)
    '#onetrust-consent-sdk, #didomi-host, .qc-cmp2-container, #truste-consent-track, [class*="cookie-banner" i], [id*="cookie-banner" i], [class*="consent-banner" i]',
    // cookie and consent notices of Drupal (EU Cookie Compliance), Squarespace and Yahoo, and theme notices
    '.eu-cookie-compliance-banner, [class*="sqs-cookie-banner" i], #consent-page, [class*="consent-overlay" i], [class*="cookie-notice" i], [id*="cookie-notice" i], [class*="cookie-consent" i]',
    // share bars: WordPress Jetpack, AddToAny, Arc, CBS, Guardian
    '.sharedaddy, .a2a_kit, .addtoany_share_save_container, [class*="share-bar" i], [class*="social-share" i], [class*="sharing" i], [data-component="share"]',
    // newsletter sign-up boxes and paywall prompts
    '[class*="newsletter" i], [class*="signup" i], [class*="sign-up" i], [class*="paywall" i], [class*="subscribe" i]',
    // related-story lists and recirculation rails
    '[class*="related" i], [class*="recirc" i], [class*="more-stories" i], [class*="read-more" i], [class*="recommended" i], .outbrain, .taboola, [id*="taboola" i]',
    // ads and their labels
    '[class*="advert" i], [class*="ad-slot" i], [class*="ad-container" i], [class*="dfp" i], [data-ad], ins.adsbygoogle',
    // comments sections
    '#comments, .comments, #disqus_thread, [class*="comment-list" i]',
    // author bio and profile boxes at the end of WordPress, Arc and Squarespace stories
    '[class*="author-bio" i], [class*="author-box" i], [class*="about-the-author" i], [class*="author-profile" i]',
    // captions and photo credits that sit outside a <figure>
    '[class*="caption" i], [class*="photo-credit" i], [class*="image-credit" i]',
    // print-only and screen-reader-only labels
    '.visually-hidden, .sr-only, .screen-reader-text, [aria-hidden="true"], [hidden]',
  ],
  embeds: [
    // Twitter/X, Instagram, TikTok, Threads and Bluesky embed markup
    'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.text-post-media, blockquote.bluesky-embed',
  ],
  notes: [
    // NYT: correction box at the bottom of the story
    '[class*="correction" i], [data-testid*="correction" i]',
    // Washington Post (Arc), Guardian, BBC, WordPress: update and editor's note boxes
    '[class*="editors-note" i], [class*="editorsnote" i], [class*="editor-note" i], [class*="article-note" i], [class*="update-note" i], [class*="clarification" i], [class*="retraction" i], [class*="article-update" i], [class*="story-update" i]',
  ],
};
