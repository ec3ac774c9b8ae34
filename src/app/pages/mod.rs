//! The reader's pages: the index, one biography, the lives side by side, and the page for unknown paths.
mod article;
mod home;
mod not_found;
mod timeline;

pub use article::ArticlePage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use timeline::TimelinePage;
