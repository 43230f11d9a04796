"""Runs the Python client that openapi-python-client generated from the spec
against the fake DingTalk binary: another language's client, unchanged, talking
to the fake over loopback.

usage: python_against_fake.py PATH/TO/fake-dingtalk   (with the generated package importable)
"""

import subprocess
import sys

from dingtalk_client import AuthenticatedClient, Client
from dingtalk_client.api.drive_1_0 import drive_list_spaces
from dingtalk_client.api.oauth2_1_0 import oauth_2_get_access_token
from dingtalk_client.api.storage_1_0 import storage_add_folder, storage_add_space, storage_get_space
from dingtalk_client.models import (
    AccessTokenResponse,
    AddFolderRequest,
    AddFolderResponse,
    DriveListSpacesResponse,
    DriveSpaceType,
    ErrorBody,
    GetAccessTokenRequest,
    StorageAddSpaceOption,
    StorageAddSpaceRequest,
    StorageSpaceResponse,
)
from dingtalk_client.types import UNSET


def main() -> int:
    fake = subprocess.Popen([sys.argv[1]], stdout=subprocess.PIPE, text=True)
    try:
        assert fake.stdout is not None
        base_url = fake.stdout.readline().split()[-1]
        anonymous = Client(base_url=base_url)
        token = oauth_2_get_access_token.sync(
            client=anonymous,
            body=GetAccessTokenRequest(app_key="fake-app-key", app_secret="fake-app-secret"),
        )
        assert isinstance(token, AccessTokenResponse), token
        client = AuthenticatedClient(
            base_url=base_url, token=token.access_token, prefix="", auth_header_name="x-acs-dingtalk-access-token"
        )

        option = StorageAddSpaceOption(name="from Python", scene="python", scene_id="1")
        created = storage_add_space.sync(client=client, union_id="py", body=StorageAddSpaceRequest(option=option))
        assert isinstance(created, StorageSpaceResponse) and created.space, created
        space_id = created.space.id
        assert isinstance(space_id, str)
        folder = storage_add_folder.sync(
            space_id=space_id, parent_id="0", client=client, union_id="py", body=AddFolderRequest(name="Reports")
        )
        assert isinstance(folder, AddFolderResponse) and folder.dentry and folder.dentry.path == "/Reports", folder
        read = storage_get_space.sync(space_id=space_id, client=client, union_id="py")
        assert isinstance(read, StorageSpaceResponse) and read.space and read.space.name == "from Python", read

        names: list[str] = []
        cursor: str | None = None
        pages = 0
        while True:
            page = drive_list_spaces.sync(
                client=client, union_id="py", space_type=DriveSpaceType.ORG, max_results=2, next_token=cursor or UNSET
            )
            assert isinstance(page, DriveListSpacesResponse), page
            pages += 1
            assert isinstance(page.spaces, list), page
            names += [str(space.space_name) for space in page.spaces]
            if not page.next_token:
                break
            cursor = page.next_token
        assert pages == 3 and len(names) == 5, (pages, names)

        rejected = storage_get_space.sync(
            space_id=space_id,
            client=AuthenticatedClient(base_url=base_url, token="wrong", prefix="", auth_header_name="x-acs-dingtalk-access-token"),
            union_id="py",
        )
        assert isinstance(rejected, ErrorBody) and rejected.code == "InvalidAuthentication", rejected
        print(f"the generated Python client works against the fake at {base_url}: {pages} pages, {len(names)} spaces")
        return 0
    finally:
        fake.terminate()
        fake.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
