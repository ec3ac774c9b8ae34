//! The reader's pages: the index, one biography, and the page for unknown paths.
mod article;
mod home;
mod not_found;

pub use article::ArticlePage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
