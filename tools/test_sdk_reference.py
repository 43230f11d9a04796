"""Tests of sdk_reference.py on a small module shaped like the SDK's.

run: python3 -m unittest discover tools
"""

import pathlib
import sys
import tempfile
import textwrap
import unittest
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import sdk_reference  # noqa: E402

CLIENT = '''
# -*- coding: utf-8 -*-
from Tea.core import TeaCore
from alibabacloud_tea_openapi import models as open_api_models
from alibabacloud_tea_util.client import Client as UtilClient
from alibabacloud_openapi_util.client import Client as OpenApiUtilClient
from alibabacloud_dingtalk.demo_1_0 import models as dingtalkdemo__1__0_models


class Client(OpenApiClient):
    def list_items_with_options(
        self,
        space_id: str,
        tmp_req: dingtalkdemo__1__0_models.ListItemsRequest,
        headers: dingtalkdemo__1__0_models.ListItemsHeaders,
        runtime: util_models.RuntimeOptions,
    ) -> dingtalkdemo__1__0_models.ListItemsResponse:
        """
        @summary 获取列表\tof items

        @param request: ListItemsRequest
        """
        UtilClient.validate_model(tmp_req)
        request = dingtalkdemo__1__0_models.ListItemsShrinkRequest()
        OpenApiUtilClient.convert(tmp_req, request)
        if not UtilClient.is_unset(tmp_req.ids):
            request.ids_shrink = OpenApiUtilClient.array_to_string_with_specified_style(tmp_req.ids, 'ids', 'json')
        query = {}
        if not UtilClient.is_unset(request.next_token):
            query['nextToken'] = request.next_token
        if not UtilClient.is_unset(request.ids_shrink):
            query['ids'] = request.ids_shrink
        if not UtilClient.is_unset(request.max_results):
            query['maxResults'] = request.max_results
        real_headers = {}
        if not UtilClient.is_unset(headers.common_headers):
            real_headers = headers.common_headers
        if not UtilClient.is_unset(headers.ding_org_id):
            real_headers['dingOrgId'] = UtilClient.to_jsonstring(headers.ding_org_id)
        if not UtilClient.is_unset(headers.x_acs_dingtalk_access_token):
            real_headers['x-acs-dingtalk-access-token'] = UtilClient.to_jsonstring(headers.x_acs_dingtalk_access_token)
        req = open_api_models.OpenApiRequest(
            headers=real_headers,
            query=OpenApiUtilClient.query(query)
        )
        params = open_api_models.Params(
            action='ListItems',
            version='demo_1.0',
            protocol='HTTP',
            pathname=f'/v1.0/demo/spaces/{space_id}/items',
            method='GET',
            auth_type='AK',
            style='ROA',
            req_body_type='none',
            body_type='json'
        )
        return TeaCore.from_map(
            dingtalkdemo__1__0_models.ListItemsResponse(),
            self.execute(params, req, runtime)
        )

    async def list_items_with_options_async(self, space_id, tmp_req, headers, runtime):
        params = open_api_models.Params(action='ListItems', version='demo_1.0')

    def list_items(self, space_id, request):
        return self.list_items_with_options(space_id, request, headers, runtime)

    def get_tokenv2with_options(
        self,
        request: dingtalkdemo__1__0_models.GetTokenRequest,
        headers: Dict[str, str],
        runtime: util_models.RuntimeOptions,
    ) -> dingtalkdemo__1__0_models.GetTokenResponse:
        UtilClient.validate_model(request)
        body = {}
        if not UtilClient.is_unset(request.option):
            body['option'] = request.option
        if not UtilClient.is_unset(request.app_key):
            body['appKey'] = request.app_key
        req = open_api_models.OpenApiRequest(
            headers=headers,
            body=OpenApiUtilClient.parse_to_map(body)
        )
        params = open_api_models.Params(
            action='GetTokenV2',
            version='demo_1.0',
            protocol='HTTP',
            pathname=f'/v1.0/demo/tokens',
            method='POST',
            auth_type='Anonymous',
            style='ROA',
            req_body_type='formData',
            body_type='none'
        )
        return TeaCore.from_map(
            dingtalkdemo__1__0_models.GetTokenResponse(),
            self.execute(params, req, runtime)
        )

    def import_rows_with_options(
        self,
        request: dingtalkdemo__1__0_models.ImportRowsRequest,
        headers: dingtalkdemo__1__0_models.ImportRowsHeaders,
        runtime: util_models.RuntimeOptions,
    ) -> dingtalkdemo__1__0_models.ImportRowsResponse:
        req = open_api_models.OpenApiRequest(
            headers=real_headers,
            body=UtilClient.to_array(request.body)
        )
        params = open_api_models.Params(
            action='ImportRows',
            version='demo_1.0',
            protocol='HTTP',
            pathname=f'/v1.0/demo/rows/import',
            method='POST',
            auth_type='AK',
            style='ROA',
            req_body_type='none',
            body_type='boolean'
        )
        return TeaCore.from_map(
            dingtalkdemo__1__0_models.ImportRowsResponse(),
            self.execute(params, req, runtime)
        )
'''

MODELS = '''
# -*- coding: utf-8 -*-
# This file is auto-generated, don't edit it. Thanks.
from Tea.model import TeaModel
from typing import Dict, List, Any


class ItemValue(TeaModel):
    def __init__(
        self,
        children: List['ItemValue'] = None,
        tags: Dict[str, List[int]] = None,
    ):
        self.children = children
        self.tags = tags

    def to_map(self):
        result = dict()
        result['children'] = []
        if self.children is not None:
            for k in self.children:
                result['children'].append(k.to_map() if k else None)
        if self.tags is not None:
            result['tags'] = self.tags
        return result


class ListItemsHeaders(TeaModel):
    def __init__(
        self,
        common_headers: Dict[str, str] = None,
        ding_org_id: str = None,
    ):
        self.common_headers = common_headers
        self.ding_org_id = ding_org_id

    def to_map(self):
        result = dict()
        if self.common_headers is not None:
            result['commonHeaders'] = self.common_headers
        if self.ding_org_id is not None:
            result['dingOrgId'] = self.ding_org_id
        return result


class ListItemsRequest(TeaModel):
    def __init__(
        self,
        ids: List[str] = None,
        max_results: int = None,
        next_token: str = None,
    ):
        # This parameter is required.
        #\x20
        # example:
        # ["a", "b"]
        self.ids = ids
        self.max_results = max_results
        self.next_token = next_token

    def to_map(self):
        result = dict()
        if self.ids is not None:
            result['ids'] = self.ids
        if self.max_results is not None:
            result['maxResults'] = self.max_results
        if self.next_token is not None:
            result['nextToken'] = self.next_token
        return result


class ListItemsShrinkRequest(TeaModel):
    def __init__(
        self,
        ids_shrink: str = None,
    ):
        self.ids_shrink = ids_shrink

    def to_map(self):
        result = dict()
        if self.ids_shrink is not None:
            result['ids'] = self.ids_shrink
        return result


class ListItemsResponseBodyResult(TeaModel):
    def __init__(
        self,
        items: List[ItemValue] = None,
        next_cursor: str = None,
        created: str = None,
    ):
        self.items = items
        self.next_cursor = next_cursor
        # Use the UTC time format: yyyy-MM-ddTHH:mmZ
        self.created = created

    def to_map(self):
        result = dict()
        result['items'] = []
        if self.items is not None:
            for k in self.items:
                result['items'].append(k.to_map() if k else None)
        if self.next_cursor is not None:
            result['nextCursor'] = self.next_cursor
        if self.created is not None:
            result['created'] = self.created
        return result


class ListItemsResponseBody(TeaModel):
    def __init__(
        self,
        result: ListItemsResponseBodyResult = None,
    ):
        self.result = result

    def to_map(self):
        result = dict()
        if self.result is not None:
            result['result'] = self.result.to_map()
        return result


class ListItemsResponse(TeaModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        status_code: int = None,
        body: ListItemsResponseBody = None,
    ):
        self.headers = headers
        self.status_code = status_code
        self.body = body

    def to_map(self):
        result = dict()
        if self.headers is not None:
            result['headers'] = self.headers
        if self.status_code is not None:
            result['statusCode'] = self.status_code
        if self.body is not None:
            result['body'] = self.body.to_map()
        return result


class GetTokenRequestOption(TeaModel):
    def __init__(
        self,
        weight: float = None,
    ):
        # 权重
        self.weight = weight

    def to_map(self):
        result = dict()
        if self.weight is not None:
            result['weight'] = self.weight
        return result


class GetTokenRequest(TeaModel):
    def __init__(
        self,
        app_key: str = None,
        option: GetTokenRequestOption = None,
    ):
        self.app_key = app_key
        self.option = option

    def to_map(self):
        result = dict()
        if self.app_key is not None:
            result['appKey'] = self.app_key
        if self.option is not None:
            result['option'] = self.option.to_map()
        return result


class GetTokenResponse(TeaModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        status_code: int = None,
    ):
        self.headers = headers
        self.status_code = status_code

    def to_map(self):
        result = dict()
        if self.headers is not None:
            result['headers'] = self.headers
        if self.status_code is not None:
            result['statusCode'] = self.status_code
        return result


class ImportRowsRequest(TeaModel):
    def __init__(
        self,
        body: List[Dict[str, Any]] = None,
    ):
        self.body = body

    def to_map(self):
        result = dict()
        if self.body is not None:
            result['body'] = self.body
        return result


class ImportRowsResponse(TeaModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        status_code: int = None,
        body: bool = None,
    ):
        self.headers = headers
        self.status_code = status_code
        self.body = body

    def to_map(self):
        result = dict()
        if self.headers is not None:
            result['headers'] = self.headers
        if self.status_code is not None:
            result['statusCode'] = self.status_code
        if self.body is not None:
            result['body'] = self.body
        return result


class EmptyModel(TeaModel):
    def __init__(self):
        pass

    def to_map(self):
        return dict()
'''

OPERATIONS_TSV = (
    "module\taction\tmethod\tpath\tquery\tbody_kind\tbody\theaders\tauth\trequest\t"
    "resp_body\tresponse\tpaging\tsummary\n"
    "demo_1_0\tGetTokenV2\tPOST\t/v1.0/demo/tokens\t\tform\tappKey,option\t\tAnonymous\t"
    "GetTokenRequest\tnone\t\t\t\n"
    "demo_1_0\tImportRows\tPOST\t/v1.0/demo/rows/import\t\tarray\t\t\tAK\tImportRowsRequest\t"
    "boolean\tboolean\t\t\n"
    "demo_1_0\tListItems\tGET\t/v1.0/demo/spaces/{spaceId}/items\tids:json,maxResults,nextToken\t"
    "none\t\tdingOrgId\tAK\tListItemsRequest\tjson\tListItemsResponseBody\t"
    "query nextToken/maxResults -> resp result.nextCursor\t获取列表\\tof items\n"
)

MODELS_TSV = (
    "model\tfield\ttype\trequired\texample\tnote\n"
    "EmptyModel\t\t\t\t\t\n"
    "GetTokenRequest\tappKey\tstring\t\t\t\n"
    "GetTokenRequest\toption\tGetTokenRequestOption\t\t\t\n"
    "GetTokenRequestOption\tweight\tnumber\t\t\t权重\n"
    "ImportRowsRequest\tbody\tarray<map<any>>\t\t\t\n"
    "ItemValue\tchildren\tarray<ItemValue>\t\t\t\n"
    "ItemValue\ttags\tmap<array<integer>>\t\t\t\n"
    'ListItemsRequest\tids\tarray<string>\tyes\t["a", "b"]\t\n'
    "ListItemsRequest\tmaxResults\tinteger\t\t\t\n"
    "ListItemsRequest\tnextToken\tstring\t\t\t\n"
    "ListItemsResponseBody\tresult\tListItemsResponseBodyResult\t\t\t\n"
    "ListItemsResponseBodyResult\titems\tarray<ItemValue>\t\t\t\n"
    "ListItemsResponseBodyResult\tnextCursor\tstring\t\t\t\n"
    "ListItemsResponseBodyResult\tcreated\tstring\t\t\t"
    "Use the UTC time format: yyyy-MM-ddTHH:mmZ\n"
)


def wheel(directory: pathlib.Path, client: str = CLIENT, models: str = MODELS) -> pathlib.Path:
    path = directory / "demo.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("alibabacloud_dingtalk/__init__.py", "")
        archive.writestr("alibabacloud_dingtalk/demo_1_0/__init__.py", "")
        archive.writestr("alibabacloud_dingtalk/demo_1_0/client.py", textwrap.dedent(client))
        archive.writestr("alibabacloud_dingtalk/demo_1_0/models.py", textwrap.dedent(models))
    return path


class SdkReferenceTest(unittest.TestCase):
    def setUp(self):
        self.temporary = tempfile.TemporaryDirectory()
        self.directory = pathlib.Path(self.temporary.name)
        self.out = self.directory / "reference"

    def tearDown(self):
        self.temporary.cleanup()

    def run_tool(self, path: pathlib.Path) -> int:
        return sdk_reference.main(["--wheel", str(path), "--out", str(self.out)])

    def test_the_tables_of_a_module(self):
        self.assertEqual(self.run_tool(wheel(self.directory)), 0)
        module = self.out / "demo_1_0"
        self.assertEqual((module / "operations.tsv").read_text(encoding="utf-8"), OPERATIONS_TSV)
        self.assertEqual((module / "models.tsv").read_text(encoding="utf-8"), MODELS_TSV)
        self.assertEqual(
            (self.out / "modules.tsv").read_text(encoding="utf-8"),
            "module\tversion\toperations\tmodels\ndemo_1_0\tdemo_1.0\t3\t8\n",
        )
        self.assertIn(sdk_reference.SHA256, (self.out / "source.txt").read_text())

    def test_a_module_gone_from_the_sdk_is_removed(self):
        stale = self.out / "gone_1_0"
        stale.mkdir(parents=True)
        (stale / "operations.tsv").write_text("module\n")
        (self.out / "README.md").write_text("kept\n")
        self.assertEqual(self.run_tool(wheel(self.directory)), 0)
        self.assertFalse(stale.exists())
        self.assertTrue((self.out / "README.md").exists())

    def test_an_unknown_shape_is_an_error_naming_it(self):
        client = CLIENT.replace(
            "query['maxResults'] = request.max_results", "query['maxResults'] = 10"
        )
        with self.assertRaisesRegex(sdk_reference.SdkError, r"demo_1_0\.list_items_with_options"):
            sdk_reference.reference("demo_1_0", textwrap.dedent(client), textwrap.dedent(MODELS))
        models = MODELS.replace("weight: float = None", "weight: Optional[float] = None")
        with self.assertRaisesRegex(sdk_reference.SdkError, "GetTokenRequestOption.weight"):
            sdk_reference.reference("demo_1_0", textwrap.dedent(CLIENT), textwrap.dedent(models))
        self.assertEqual(self.run_tool(wheel(self.directory, models=models)), 1)

    def test_paging_needs_a_cursor_both_ways(self):
        # Without the response's cursor there is no paging.
        models = MODELS.replace("result['nextCursor']", "result['hasMore']")
        ref = sdk_reference.reference("demo_1_0", textwrap.dedent(CLIENT), textwrap.dedent(models))
        self.assertEqual([o.paging for o in ref.operations], ["", "", ""])

    def test_cells_escape_what_would_break_a_row(self):
        self.assertEqual(sdk_reference.cell("a\tb\nc\\d"), "a\\tb\\nc\\\\d")
        self.assertEqual(sdk_reference.cell(["b", "a"]), "b,a")
        self.assertEqual(sdk_reference.cell(True), "yes")
        self.assertEqual(sdk_reference.cell(False), "")

    def test_a_wheel_with_the_wrong_hash_is_refused(self):
        cache = sdk_reference.CACHE
        self.addCleanup(setattr, sdk_reference, "CACHE", cache)
        sdk_reference.CACHE = self.directory
        (self.directory / sdk_reference.wheel_name()).write_bytes(b"not the wheel")
        with self.assertRaisesRegex(sdk_reference.SdkError, "sha256"):
            sdk_reference.pinned_wheel()


if __name__ == "__main__":
    unittest.main()
