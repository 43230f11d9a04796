//! The fake DingTalk's tests, one binary: a module per part of the API it
//! stands in for, each over real HTTP.

mod calendar;
mod client;
mod credentials;
mod drive;
mod drive_transfer;
mod examples;
mod im_groups;
mod oapi;
mod oauth2;
mod objects;
mod robot;
mod storage;
mod todo;
mod transfer;
mod transfer_recovery;
